"""`python -m executioner_studio serve ...`: start the server."""

import argparse
import sys
from pathlib import Path

import uvicorn
from fastapi.staticfiles import StaticFiles

from .app import create_app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="executioner-studio")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the web app and the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workspace", default="examples")
    serve.add_argument("--static", default=None, help="folder of the built web app")
    args = parser.parse_args(argv)

    app = create_app()
    if args.static and Path(args.static).is_dir():
        app.mount("/", StaticFiles(directory=args.static, html=True), name="web")
    print(f"Executioner Studio on http://{args.host}:{args.port}  (workspace: {Path(args.workspace).resolve()})")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
