"""The request pipeline, one module per stage, in the order they run:
`route` (404, 405) -> `faults` (--faults) -> `token` (401, 403) -> `preference`
(`Prefer: code=NNN`) -> `query` (query and path values, 400) -> `body` (413, 400, 415).
Each stage returns its result or the `Answer` that ends the request."""
