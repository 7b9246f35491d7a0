"""Settings come from the environment; demo people never go into a configured database."""

from adminduk.settings import DEFAULT_DATABASE_URL, load_settings


def test_demo_data_is_loaded_only_into_the_embedded_default(monkeypatch, tmp_path):
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DEMO_DATA", raising=False)

    monkeypatch.setenv("DATABASE_URL", DEFAULT_DATABASE_URL)
    assert load_settings(env_file=None).demo_data is True

    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/adminduk")
    assert load_settings(env_file=None).demo_data is False


def test_demo_data_can_be_asked_for_explicitly(monkeypatch, tmp_path):
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/adminduk")
    monkeypatch.setenv("DEMO_DATA", "true")

    assert load_settings(env_file=None).demo_data is True


def test_secrets_are_hidden_from_repr(monkeypatch, tmp_path):
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SECRET_KEY", "sangat-rahasia")
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres:sandi-db@127.0.0.1/adminduk")

    text = repr(load_settings(env_file=None))

    assert "sangat-rahasia" not in text
    assert "sandi-db" not in text
    assert "Kabupaten Bekasi" in text


def test_a_missing_secret_key_is_made_once_and_kept(monkeypatch, tmp_path):
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("SECRET_KEY", raising=False)

    first = load_settings(env_file=None).secret_key
    second = load_settings(env_file=None).secret_key

    assert str(first) == str(second)
    assert len(str(first)) >= 32
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
