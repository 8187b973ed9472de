from fastapi.testclient import TestClient

from executioner_studio.app import create_app


def test_health_endpoint_answers_ok() -> None:
    client = TestClient(create_app())
    response = client.get("/api/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
