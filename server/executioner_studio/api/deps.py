"""The request dependency that hands routers the per-start services."""

from fastapi import Depends, Request

from ..services import Services


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


Svc = Depends(services)
