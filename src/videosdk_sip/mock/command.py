"""`videosdk-sip mock`: serve the stateful mock of the routing-rules API."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from videosdk_sip.mock.call_settings import CallSettings
    from videosdk_sip.mock.delivery_settings import DeliverySettings
    from videosdk_sip.mock.settings import FaultSettings, MockSettings

__all__ = ["HELP", "add_arguments", "run"]

HELP = (
    "Serve a stateful mock of VideoSDK's SIP routing-rules API, driven by openapi.yaml: "
    "real JWT checks, in-memory rules, optional seeded faults."
)


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"must be a port number from 0 to 65535, not {text!r}")
    return port


def _faults(text: str) -> FaultSettings:
    from videosdk_sip.mock.settings import FaultSpecError, parse_faults

    try:
        return parse_faults(text)
    except FaultSpecError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("--faults: ")) from None


def _limits(text: str) -> str:
    from videosdk_sip.mock.limits import LimitsSpecError, with_limits
    from videosdk_sip.mock.settings import MockSettings

    try:
        with_limits(MockSettings(credentials={"check": "only"}), text)
    except LimitsSpecError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("--limits: ")) from None
    return text


def _schedule(text: str) -> int | None:
    from videosdk_sip.mock.call_settings import CallSpecError, parse_schedule

    try:
        return parse_schedule(text)
    except CallSpecError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("--call-schedule: ")) from None


def _outcome(text: str) -> tuple[str, str]:
    from videosdk_sip.mock.call_settings import CallSpecError, parse_outcome

    try:
        return parse_outcome(text)
    except CallSpecError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("--call-outcome: ")) from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 60:
        raise argparse.ArgumentTypeError(f"must be a number of seconds in (0, 60], not {text!r}")
    return value


def _attempts(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 10:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to 10, not {text!r}")
    return int(text)


def _hosts(text: str) -> tuple[str, ...]:
    """`any` -> (); else the comma-separated hosts."""
    if text.strip().lower() == "any":
        return ()
    hosts = tuple(host.strip().lower() for host in text.split(",") if host.strip())
    if not hosts or any(" " in host or "/" in host for host in hosts):
        raise argparse.ArgumentTypeError(
            f"must be host names or addresses separated by commas, or 'any', not {text!r}"
        )
    return hosts


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=8000,
        help="port to listen on; 0 picks a free one (default: 8000)",
    )
    parser.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        default=[],
        metavar="KEY",
        help="an API key whose tokens are accepted; repeat with --secret for each key "
        "(default: $VIDEOSDK_API_KEY, else the development key)",
    )
    parser.add_argument(
        "--secret",
        action="append",
        dest="secrets",
        default=[],
        metavar="SECRET",
        help="the secret of the --api-key at the same position (prefer $VIDEOSDK_SECRET: "
        "a command-line secret is visible to other users of this machine)",
    )
    parser.add_argument(
        "--gateways",
        type=Path,
        metavar="FILE",
        help="JSON or YAML file listing the known gateways ({id, direction} entries); "
        "replaces the default inbound gateway_in_123456789 and outbound gateway_out_987654321",
    )
    parser.add_argument(
        "--numbers",
        metavar="E164[,E164...]",
        help="phone numbers every API key starts with registered (on no gateway), "
        "comma-separated, e.g. '+14155551234,+14155555678'",
    )
    parser.add_argument(
        "--faults",
        type=_faults,
        metavar="SPEC",
        help="seeded random faults, e.g. 'seed=7,429=0.1,503=0.05,drop=0.02,latency=5-50ms' "
        "(keys: seed, 429, 503, drop, latency, retry-after)",
    )
    parser.add_argument(
        "--limits",
        type=_limits,
        metavar="SPEC",
        help="safety limits to change, e.g. 'max-rules-per-key=500,idle-timeout=2' (keys: "
        "max-rules-per-key, max-rule-bytes, max-body-bytes, max-token-lifetime, "
        "token-cache-bytes, max-head-bytes, idle-timeout, head-timeout, max-connections)",
    )
    parser.add_argument(
        "--call-schedule",
        type=_schedule,
        default=None,
        metavar="instant|seeded:SEED",
        help="how calls move through their lifecycle: 'instant' (every step within the "
        "request, the default) or 'seeded:SEED' (steps 50-300 ms apart, drawn from SEED)",
    )
    parser.add_argument(
        "--call-outcome",
        type=_outcome,
        action="append",
        dest="call_outcomes",
        default=[],
        metavar="DESTINATION=OUTCOME",
        help="what a number (or sip: URI) called or transferred to does: answered, hangup, "
        "not-answered, rejected or failed (default: answered); repeat for more numbers",
    )
    parser.add_argument(
        "--delivery-timeout",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help="how long each webhook POST may take (default: 2)",
    )
    parser.add_argument(
        "--delivery-attempts",
        type=_attempts,
        default=None,
        metavar="N",
        help="POSTs per webhook event before it counts as failed, 1 to 10 (default: 3)",
    )
    parser.add_argument(
        "--delivery-hosts",
        type=_hosts,
        default=None,
        metavar="HOST,...|any",
        help="the hosts webhook events may be POSTed to (default: 127.0.0.1, ::1 and "
        "localhost; 'any' for every host)",
    )
    parser.add_argument(
        "--access-log", action="store_true", help="log every request (slower; off by default)"
    )


def _settings(args: argparse.Namespace) -> MockSettings:
    """The settings the arguments ask for; raises ValueError with a message for the user."""
    import attrs

    from videosdk_sip.credentials import credentials_from_env
    from videosdk_sip.mock.call_settings import CallSettings, outcomes_from
    from videosdk_sip.mock.delivery_settings import DeliverySettings

    api_keys: list[str] = args.api_keys
    secrets: list[str] = args.secrets
    if len(api_keys) != len(secrets):
        raise ValueError(
            f"--api-key and --secret come in pairs: got {len(api_keys)} --api-key and "
            f"{len(secrets)} --secret"
        )
    if api_keys:
        for index, (api_key, secret) in enumerate(zip(api_keys, secrets, strict=True)):
            if not api_key:
                raise ValueError(f"--api-key #{index + 1} is empty")
            if not secret:
                raise ValueError(f"--secret for API key {api_key!r} is empty")
        if len(set(api_keys)) != len(api_keys):
            raise ValueError("--api-key: each key may be given once")
        credentials = dict(zip(api_keys, secrets, strict=True))
    else:
        api_key, secret = credentials_from_env()
        credentials = {api_key: secret}
    from videosdk_sip.mock.limits import with_limits

    calls = CallSettings(
        seed=getattr(args, "call_schedule", None),
        outcomes=outcomes_from(getattr(args, "call_outcomes", [])),
    )
    delivery = DeliverySettings()
    timeout = getattr(args, "delivery_timeout", None)
    attempts = getattr(args, "delivery_attempts", None)
    if timeout is not None:
        delivery = attrs.evolve(delivery, timeout=timeout)
    if attempts is not None:
        delivery = attrs.evolve(delivery, attempts=attempts)
    hosts = getattr(args, "delivery_hosts", None)
    if hosts is not None:
        delivery = attrs.evolve(delivery, hosts=hosts or None)
    numbers = [each.strip() for each in (args.numbers or "").split(",") if each.strip()]
    try:
        settings = _mock_settings(args, credentials, numbers, calls, delivery)
    except ValueError as error:
        if str(error).startswith("phone_numbers"):
            raise ValueError(f"--numbers: {error}") from None
        raise
    return with_limits(settings, args.limits) if args.limits else settings


def _mock_settings(
    args: argparse.Namespace,
    credentials: dict[str, str],
    numbers: list[str],
    calls: CallSettings,
    delivery: DeliverySettings,
) -> MockSettings:
    from videosdk_sip.mock.settings import MockSettings, load_gateways

    if args.gateways is not None:
        return MockSettings(
            credentials=credentials,
            gateways=load_gateways(args.gateways),
            phone_numbers=numbers,
            faults=args.faults,
            calls=calls,
            delivery=delivery,
        )
    return MockSettings(
        credentials=credentials,
        phone_numbers=numbers,
        faults=args.faults,
        calls=calls,
        delivery=delivery,
    )


def banner(url: str, settings: MockSettings, from_arguments: bool) -> str:
    """What the command prints on start: where it listens and how to get a token.

    Names the API keys (they travel inside every token anyway), never a secret.
    """
    from videosdk_sip.credentials import DEV_API_KEY
    from videosdk_sip.invocation import shell_command
    from videosdk_sip.mock.limits import describe_limits

    cli = shell_command()
    keys = ", ".join(settings.credentials)
    if list(settings.credentials) == [DEV_API_KEY]:
        keys += " (the development key)"
    gateways = ", ".join(f"{gateway.id} ({gateway.direction})" for gateway in settings.gateways)
    faults = settings.faults.describe() if settings.faults is not None else "off"
    allowed = settings.delivery.hosts
    hosts = "any host" if allowed is None else ", ".join(sorted(allowed))
    if from_arguments:
        first = next(iter(settings.credentials))
        how = (
            f"{cli} token --api-key {first} --secret <its secret>  "
            "(or set VIDEOSDK_API_KEY and VIDEOSDK_SECRET)"
        )
    else:
        how = f"{cli} token   (reads VIDEOSDK_API_KEY and VIDEOSDK_SECRET, as this server did)"
    return "\n".join(
        [
            f"videosdk-sip mock: serving the routing-rules API at {url}",
            f"  API reference:  {url}/docs  (document: {url}/openapi.yaml)",
            f"  API keys:       {keys}",
            f"  gateways:       {gateways}",
            f"  faults:         {faults}",
            f"  limits:         {describe_limits(settings)}",
            f"  calls:          {settings.calls.describe()}",
            f"  webhooks:       POSTed for real to {hosts} ({settings.delivery.attempts} "
            f"attempts, {settings.delivery.timeout:g} s each); see {url}/_mock/deliveries",
            f"  get a token:    {how}",
            f'  try it:         curl -H "Authorization: $({cli} token)" {url}/v2/sip/routing-rules',
            "  state is in memory, in this one process; Ctrl+C stops the server",
        ]
    )


def _fail(message: str) -> int:
    print(f"videosdk-sip mock: error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    import logging

    from videosdk_sip.mock.app import create_app
    from videosdk_sip.mock.server import base_url, bind, serve

    try:
        settings = _settings(args)
    except ValueError as error:
        return _fail(str(error))
    try:
        app = create_app(settings)
    except (OSError, ValueError) as error:
        return _fail(f"cannot read the API document: {error}")
    try:
        sock = bind(args.host, args.port)
    except OSError as error:
        print(
            f"videosdk-sip mock: error: cannot listen on {args.host}:{args.port}: "
            f"{error.strerror or error}",
            file=sys.stderr,
        )
        return 1
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    url = base_url(sock)
    print(banner(url, settings, from_arguments=bool(args.api_keys)), flush=True)
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
    try:
        serve(app, sock, access_log=args.access_log, limits=settings.connections)
    except KeyboardInterrupt:
        # uvicorn has shut down cleanly, then passed the Ctrl+C on.
        print("videosdk-sip mock: stopped", file=sys.stderr)
    finally:
        sock.close()
    return 0
