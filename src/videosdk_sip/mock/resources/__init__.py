"""The resources: one module per family of operations, behind `interface.Resource`, gathered
by `registry`."""
