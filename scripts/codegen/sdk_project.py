"""openapi-python-client, run in this process, with this project's additions.

The generator renders a fixed set of templates; `--custom-template-path` replaces them by name
but cannot add files. Running it here lets the model templates call `sdk_models` (what each
field accepts and refuses) and adds the resource layer (`sdk_resources`) to the package before
the post-hooks format everything, so `--check` covers those files like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from ruamel.yaml import YAML
from sdk_models import declare_field, request_model_names
from sdk_resources import render_resource_layer

__all__ = ["build_project"]


class _SdkProject(Project):
    def _build_api(self) -> None:
        super()._build_api()
        for relative, text in render_resource_layer(self.openapi, self.env).items():
            path = self.package_dir / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding=self.config.file_encoding)


def build_project(
    spec: Path, output: Path, config_path: Path, templates: Path
) -> Sequence[GeneratorError]:
    """Generate the client for `spec` into `output`; every warning or error it met."""
    config = Config.from_sources(
        ConfigFile.load_from_path(path=config_path),
        MetaType.PDM,
        spec,
        "utf-8",
        False,
        output_path=output,
    )
    document = YAML(typ="safe").load(spec.read_bytes())
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        return [openapi]
    project = _SdkProject(openapi=openapi, config=config, custom_template_path=templates)
    project.env.globals.update(
        declare_field=declare_field, request_models=request_model_names(openapi)
    )
    return project.build()
