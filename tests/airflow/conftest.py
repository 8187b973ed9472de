"""Airflow reads AIRFLOW_HOME when it is first imported: point it at a throwaway SQLite home first."""

import atexit
import os
import shutil
import tempfile

AIRFLOW_HOME = tempfile.mkdtemp(prefix="studio-airflow-home-")
atexit.register(shutil.rmtree, AIRFLOW_HOME, ignore_errors=True)
os.environ["AIRFLOW_HOME"] = AIRFLOW_HOME
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "False"
os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = (
    f"sqlite:///{AIRFLOW_HOME}/airflow.db"
)
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = os.path.join(AIRFLOW_HOME, "dags")
