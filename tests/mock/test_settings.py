"""Settings: the `--faults` syntax, the `--gateways` file, and settings that never show a secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from videosdk_sip.mock.settings import (
    DEFAULT_GATEWAYS,
    FaultSettings,
    FaultSpecError,
    Gateway,
    GatewaysFileError,
    MockSettings,
    load_gateways,
    parse_faults,
)

from .helpers import KEY_A, KEY_B, SECRET_A, SECRET_B


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            "seed=7,429=0.1,503=0.05,drop=0.02,latency=5-50ms",
            FaultSettings(7, 0.1, 0.05, 0.02, (5, 50), 1),
        ),
        ("429=1", FaultSettings(rate_limit=1.0)),
        ("latency=20ms", FaultSettings(latency_ms=(20, 20))),
        ("latency=20", FaultSettings(latency_ms=(20, 20))),
        ("latency=0.5-1s", FaultSettings(latency_ms=(500, 1000))),
        ("latency=5ms-2s", FaultSettings(latency_ms=(5, 2000))),
        (" seed = 3 , retry-after=5 ,", FaultSettings(seed=3, retry_after=5)),
        ("SEED=-4,DROP=0.5", FaultSettings(seed=-4, drop=0.5)),
    ],
)
def test_fault_specs(spec: str, expected: FaultSettings) -> None:
    assert parse_faults(spec) == expected


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("", "empty"),
        ("429", "expected key=value"),
        ("429=", "expected key=value"),
        ("500=0.1", "unknown key '500'"),
        ("429=0.1,429=0.2", "'429' is given more than once"),
        ("429=abc", "'429=abc': must be a share from 0 to 1"),
        ("503=1.5", "'503=1.5': must be a share from 0 to 1"),
        ("drop=-0.1", "'drop=-0.1': must be a share from 0 to 1"),
        ("429=nan", "must be a share"),
        ("429=0.6,503=0.5", "add up to 1.1"),
        ("seed=x", "'seed=x': must be a whole number"),
        ("latency=fast", "latency must be like"),
        ("latency=50-5ms", "the low end is above the high end"),
        ("latency=2min", "latency must be like"),
        ("latency=61s", "at most 60000ms"),
        ("retry-after=-1", "must be 0 or more"),
        ("retry-after=1.5", "must be a whole number"),
    ],
)
def test_bad_fault_specs_say_what_is_wrong(spec: str, words: str) -> None:
    with pytest.raises(FaultSpecError) as error:
        parse_faults(spec)
    assert str(error.value).startswith("--faults: ")
    assert words in str(error.value)


def test_fault_settings_describe_themselves_in_the_same_syntax() -> None:
    settings = parse_faults("seed=7,429=0.1,503=0.05,drop=0.02,latency=5-50ms,retry-after=2")
    assert parse_faults(settings.describe()) == settings


@pytest.mark.parametrize(
    "kwargs",
    [
        {"rate_limit": 1.5},
        {"rate_limit": 0.6, "unavailable": 0.6},
        {"latency_ms": (10, 5)},
        {"latency_ms": (-1, 5)},
        {"retry_after": -1},
    ],
)
def test_fault_settings_refuse_impossible_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (the message is checked through parse_faults)
        FaultSettings(**kwargs)  # type: ignore[arg-type]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_gateways_from_yaml_and_json(tmp_path: Path) -> None:
    yaml_file = write(
        tmp_path,
        "gateways.yaml",
        "gateways:\n  - {id: gw_a, direction: INBOUND}\n  - id: gw_b\n    direction: outbound\n",
    )
    expected = (Gateway("gw_a", "INBOUND"), Gateway("gw_b", "OUTBOUND"))
    assert load_gateways(yaml_file) == expected
    json_file = write(
        tmp_path,
        "gateways.json",
        '[{"id": "gw_a", "direction": "INBOUND"}, {"id": "gw_b", "direction": "OUTBOUND"}]',
    )
    assert load_gateways(json_file) == expected


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("g.json", "{not json", "not valid JSON"),
        ("g.yaml", "gateways: [", "not valid YAML"),
        ("g.yaml", "", "gateways: must be a list"),
        ("g.yaml", "gateways: {id: x}", "gateways: must be a list"),
        ("g.yaml", "gateways: []", "gateways: must list at least one gateway"),
        ("g.yaml", "gateway: []", "gateway: unknown field"),
        ("g.yaml", "{}", "gateways: required"),
        ("g.yaml", "- gw_a", "gateways[0]: must be a mapping"),
        ("g.yaml", "- {direction: INBOUND}", "gateways[0].id: required"),
        ("g.yaml", "- {id: gw_a}", "gateways[0].direction: required"),
        ("g.yaml", "- {id: '', direction: INBOUND}", "gateways[0].id: must be a non-empty string"),
        ("g.yaml", "- {id: 5, direction: INBOUND}", "gateways[0].id: must be a non-empty string"),
        ("g.yaml", "- {id: gw, direction: SIDEWAYS}", "gateways[0].direction: must be 'INBOUND'"),
        ("g.yaml", "- {id: gw, direction: INBOUND, kind: sip}", "gateways[0].kind: unknown field"),
        (
            "g.yaml",
            "- {id: gw, direction: INBOUND}\n- {id: gw, direction: OUTBOUND}",
            "gateways[1].id: 'gw' is already the id of gateways[0]",
        ),
    ],
)
def test_bad_gateway_files_name_the_field(tmp_path: Path, name: str, text: str, words: str) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(GatewaysFileError) as error:
        load_gateways(path)
    assert str(error.value).startswith(f"{path}: ")
    assert words in str(error.value)


def test_a_missing_gateways_file(tmp_path: Path) -> None:
    with pytest.raises(GatewaysFileError, match="cannot read the gateways file"):
        load_gateways(tmp_path / "absent.yaml")


def test_a_gateways_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_bytes(b"- {id: gw\xff, direction: INBOUND}")
    with pytest.raises(GatewaysFileError, match="cannot read"):
        load_gateways(path)


def test_default_settings() -> None:
    settings = MockSettings(credentials={KEY_A: SECRET_A})
    assert settings.gateways == DEFAULT_GATEWAYS
    assert [(g.id, g.direction) for g in DEFAULT_GATEWAYS] == [
        ("gateway_in_123456789", "INBOUND"),
        ("gateway_out_987654321", "OUTBOUND"),
    ]
    assert settings.faults is None
    assert settings.max_body_bytes == 1_048_576


def test_settings_never_show_a_secret() -> None:
    settings = MockSettings(credentials={KEY_A: SECRET_A, KEY_B: SECRET_B})
    text = repr(settings) + str(settings)
    assert KEY_A in text
    assert KEY_B in text
    assert SECRET_A not in text
    assert SECRET_B not in text


def test_credentials_cannot_be_changed_afterwards() -> None:
    credentials = {KEY_A: SECRET_A}
    settings = MockSettings(credentials=credentials)
    credentials[KEY_B] = SECRET_B
    assert list(settings.credentials) == [KEY_A]
    with pytest.raises(TypeError):
        settings.credentials[KEY_B] = SECRET_B  # type: ignore[index]


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"credentials": {}}, "at least one API key"),
        ({"credentials": {"": SECRET_A}}, "non-empty string"),
        ({"credentials": {KEY_A: ""}}, f"the secret for API key {KEY_A!r} is empty"),
        ({"gateways": ()}, "at least one gateway"),
        (
            {"gateways": (Gateway("g", "INBOUND"), Gateway("g", "OUTBOUND"))},
            "listed more than once",
        ),
        ({"max_body_bytes": 0}, "max_body_bytes"),
    ],
)
def test_bad_settings_are_refused(kwargs: dict[str, object], words: str) -> None:
    arguments: dict[str, object] = {"credentials": {KEY_A: SECRET_A}, **kwargs}
    with pytest.raises(ValueError, match=words):
        MockSettings(**arguments)  # type: ignore[arg-type]


def test_gateway_fields_are_checked() -> None:
    with pytest.raises(ValueError, match="direction"):
        Gateway("g", "inbound")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="non-empty"):
        Gateway("", "INBOUND")


def test_limits_are_read_from_a_spec() -> None:
    from videosdk_sip.mock.limits import describe_limits, with_limits

    base = MockSettings(credentials={"k": "s"})
    changed = with_limits(base, "max-rules-per-key=500, idle-timeout=2.5,max-head-bytes=8192")
    assert changed.max_rules_per_key == 500
    assert changed.connections.idle_timeout == 2.5
    assert changed.connections.max_head_bytes == 8192
    assert changed.max_rule_bytes == base.max_rule_bytes
    assert "max-rules-per-key=500" in describe_limits(changed)
    assert "max-connections=256" in describe_limits(changed)
    assert "token-cache-bytes=1048576" in describe_limits(changed)
    assert "idle-timeout=2.5" in describe_limits(changed)
    assert with_limits(base, describe_limits(changed)) == changed


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("max-rules=5", "unknown key 'max-rules'"),
        ("max-rules-per-key=0", "must be more than 0"),
        ("max-rules-per-key=many", "must be a whole number"),
        ("idle-timeout=soon", "must be a number of seconds"),
        ("idle-timeout=20", "head_timeout (10) must be at least idle_timeout (20)"),
        ("max-head-bytes=1,max-head-bytes=2", "'max-head-bytes' is given more than once"),
        ("max-connections", "expected key=value"),
    ],
)
def test_bad_limits_name_the_item_and_the_rule(spec: str, message: str) -> None:
    from videosdk_sip.mock.limits import LimitsSpecError, with_limits

    with pytest.raises(LimitsSpecError) as error:
        with_limits(MockSettings(credentials={"k": "s"}), spec)
    assert message in str(error.value)
