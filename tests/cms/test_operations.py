"""Operations, in-process: the client address behind trusted proxies, the schedule and its systemd timers,
the demo never in production, admin sign-in throttling, /readyz details, the cache configuration and the
deploy/ templates. The same behaviour through nginx and gunicorn is tested in tests/deploy/test_stack.py."""

import shutil
import subprocess
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import run_checks
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.test import RequestFactory, override_settings
from django.utils import timezone
from django_redis.cache import RedisCache

from cms.client_address import client_address, client_network
from cms.models import NewsPage
from portal.settings.env import cache_config

ROOT = Path(__file__).resolve().parents[2]
PROXIES = ["10.0.0.0/24", "2001:db8:ffff::/48"]


def request(peer: str, forwarded: str | None = None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=peer, **extra)


@pytest.mark.smoke
@override_settings(PORTAL_TRUSTED_PROXIES=PROXIES)
@pytest.mark.parametrize(
    ("peer", "forwarded", "expected"),
    [
        ("203.0.113.5", None, "203.0.113.5"),  # no proxy
        ("203.0.113.5", "198.51.100.1", "203.0.113.5"),  # an untrusted peer's header is ignored
        ("10.0.0.2", "198.51.100.1", "198.51.100.1"),  # nginx appended the client
        ("10.0.0.2", "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # what the client wrote itself is ignored
        ("10.0.0.2", "198.51.100.1, 10.0.0.7", "198.51.100.1"),  # a chain of trusted proxies is skipped
        ("10.0.0.2", "10.0.0.7", "10.0.0.7"),  # only proxies: the farthest one
        ("10.0.0.2", "garbage, 198.51.100.1", "198.51.100.1"),
        ("10.0.0.2", "198.51.100.1, garbage", "10.0.0.2"),  # a malformed entry ends the walk
        ("10.0.0.2", "[2001:db8::5]:443", "2001:db8::5"),
        ("2001:db8:ffff::1", "198.51.100.1:5000", "198.51.100.1"),
        ("::ffff:10.0.0.2", "198.51.100.1", "198.51.100.1"),  # an IPv4-mapped peer is its IPv4 address
    ],
)
def test_client_address_believes_only_trusted_proxies(peer, forwarded, expected):
    assert client_address(request(peer, forwarded)) == expected


@pytest.mark.smoke
def test_rate_limits_count_ipv6_per_64():
    assert client_network("2001:db8:1:2:aaaa::1") == client_network("2001:db8:1:2:bbbb::2") == "2001:db8:1:2::/64"
    assert client_network("2001:db8:1:3::1") == "2001:db8:1:3::/64"
    assert client_network("198.51.100.7") == "198.51.100.7"


@pytest.mark.django_db
@pytest.mark.usefixtures("demo")
@override_settings(PORTAL_TRUSTED_PROXIES=PROXIES, PORTAL_INQUIRY_RATE_LIMIT=2)
def test_inquiry_rate_limit_counts_the_forwarded_client(client):
    payload = {
        "kind": "general",
        "name": "Aiko Tanaka",
        "email": "aiko@example.jp",
        "organisation": "Example Foods",
        "country": "JP",
        "message": "We would like to know more about lotus processing.",
        "language": "en",
        "consent": True,
    }

    def post(address):
        return client.post(
            "/api/inquiries/",
            data=payload,
            content_type="application/json",
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=address,
        ).status_code

    assert [post("198.51.100.1"), post("198.51.100.1"), post("198.51.100.1")] == [201, 201, 429]
    assert post("198.51.100.2") == 201  # another client behind the same proxy is not limited
    assert [post("2001:db8:9:9::1"), post("2001:db8:9:9::2"), post("2001:db8:9:9::3")] == [201, 201, 429]


@pytest.mark.smoke
def test_bad_trusted_proxy_setting_fails_loudly():
    with override_settings(PORTAL_TRUSTED_PROXIES=["10.0.0.0/33"]), pytest.raises(ImproperlyConfigured):
        client_address(request("10.0.0.2", "198.51.100.1"))


# --- the schedule ---------------------------------------------------------------------------------------


@pytest.mark.smoke
def test_systemd_timers_match_the_declared_schedule(capsys):
    call_command("scheduler", "systemd", str(ROOT / "deploy" / "systemd"), "--check")
    assert "match" in capsys.readouterr().out


@pytest.mark.smoke
def test_drifted_timers_are_detected(tmp_path):
    call_command("scheduler", "systemd", str(tmp_path))
    timer = tmp_path / "portal-job-publish-scheduled.timer"
    timer.write_text(timer.read_text().replace("OnUnitActiveSec=60s", "OnUnitActiveSec=3600s"))
    (tmp_path / "portal-job-forgotten.timer").write_text("[Timer]\n")
    with pytest.raises(SystemExit):
        call_command("scheduler", "systemd", str(tmp_path), "--check")


@pytest.mark.smoke
def test_the_schedule_names_every_housekeeping_command():
    commands = {" ".join(job["command"]) for job in settings.PORTAL_SCHEDULE}
    for expected in (
        "publish_scheduled",
        "anonymise_inquiries",
        "apply_absences",
        "outbox_sweep",
        "search_index --reconcile",
        "clearsessions",
        "prune_search_log",
        "send_search_digest",
    ):
        assert expected in commands
    assert any(command.startswith("prune_db_task_results") for command in commands)


@pytest.mark.django_db
@pytest.mark.usefixtures("demo")
def test_scheduler_once_publishes_a_page_whose_time_has_come():
    page = NewsPage.objects.live().order_by("pk").first()
    page.unpublish()
    page.go_live_at = timezone.now() + timedelta(seconds=1.5)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live  # scheduled
    time.sleep(2)
    call_command("scheduler", "once", "publish-scheduled")
    page.refresh_from_db()
    assert page.live


@pytest.mark.smoke
def test_scheduler_once_refuses_an_unknown_job():
    with pytest.raises(CommandError, match="No scheduled job"):
        call_command("scheduler", "once", "no-such-job")


# --- the demo is never production ------------------------------------------------------------------------


@pytest.mark.django_db
@override_settings(PORTAL_DEMO_ALLOWED=False)
def test_load_demo_and_prepare_site_refuse_under_production_settings():
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo", "--no-index")
    with pytest.raises(CommandError, match="--force"):
        call_command("prepare_site", "--with-admin")
    call_command("load_demo", "--no-index", "--force")  # explicitly forced: runs (idempotent here)


@pytest.mark.django_db
@override_settings(PORTAL_DEMO_PASSWORDS=False)
def test_forced_demo_admin_gets_a_random_password(capsys):
    get_user_model().objects.filter(is_superuser=True).delete()
    call_command("load_demo", "--no-index", "--with-admin")
    admin = get_user_model().objects.get(username="admin")
    assert not admin.check_password("admin")
    assert "random password" in capsys.readouterr().out


@pytest.mark.django_db
def test_check_deploy_fails_while_a_demo_password_works(django_user_model):
    user = django_user_model.objects.create_user("officer-example", password="demo-officer-2026")
    errors = [e for e in run_checks(include_deployment_checks=True) if e.id == "demo.E001"]
    assert errors and "officer-example" in errors[0].msg
    user.set_password("a-real-long-password-2026")
    user.save()
    still = [e.msg for e in run_checks(include_deployment_checks=True) if e.id == "demo.E001"]
    assert not any("officer-example" in msg for msg in still)


# --- admin sign-in throttling ----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("vi", "Có quá nhiều lần đăng nhập không thành công"),
        ("en", "Too many failed sign-in attempts"),
        ("ja", "何度も失敗しました"),
        ("ko", "너무 여러 번 실패했습니다"),
        ("zh-hans", "登录失败次数过多"),
    ],
)
def test_admin_sign_in_locked_after_failures_with_a_translated_message(client, django_user_model, language, text):
    django_user_model.objects.create_superuser("chief", "chief@example.com", "the-right-password")
    statuses = [
        client.post(
            "/admin/login/",
            {"username": "chief", "password": f"wrong-{n}"},
            HTTP_ACCEPT_LANGUAGE=language,
        ).status_code
        for n in range(20)
    ]
    assert statuses[:4] == [200] * 4 and set(statuses[4:]) == {429}
    response = client.post(
        "/admin/login/", {"username": "chief", "password": "the-right-password"}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 429  # the right password after 20 wrong ones: still refused
    assert text in response.content.decode() and response["Retry-After"]
    other = client.post(
        "/admin/login/", {"username": "chief", "password": "the-right-password"}, REMOTE_ADDR="198.51.100.3"
    )
    assert other.status_code == 302  # the lock holds for that user from that address only


# --- /readyz ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
@override_settings(PORTAL_READYZ_TOKEN="s3cret-token")
def test_readyz_details_for_internal_addresses_or_the_token(client):
    assert set(client.get("/readyz").json()) >= {"database", "search", "cache"}  # 127.0.0.1
    public = client.get("/readyz", REMOTE_ADDR="198.51.100.4")
    assert public.status_code == 200 and public.json() == {"status": "ok"}
    wrong = client.get("/readyz", REMOTE_ADDR="198.51.100.4", HTTP_AUTHORIZATION="Bearer nope")
    assert wrong.json() == {"status": "ok"}
    token = client.get("/readyz", REMOTE_ADDR="198.51.100.4", HTTP_AUTHORIZATION="Bearer s3cret-token")
    assert token.json()["cache"] == {"status": "ok", "backend": "memory"}


# --- cache configuration ---------------------------------------------------------------------------------


@pytest.mark.smoke
def test_cache_url_schemes():
    assert cache_config("")["pages"]["BACKEND"].endswith("LocMemCache")
    secure = cache_config("rediss://:pw@redis.internal:6380/1")
    assert secure["pages"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert secure["pages"]["LOCATION"] == "rediss://:pw@redis.internal:6380/1"  # TLS kept, not ignored
    assert secure["pages"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    with pytest.raises(ImproperlyConfigured):
        cache_config("memcached://127.0.0.1:11211")


@pytest.mark.smoke
def test_unreachable_redis_is_a_miss_not_an_error():

    config = cache_config("redis://127.0.0.1:1/0")["pages"]
    cache = RedisCache(config["LOCATION"], {**config, "TIMEOUT": 60})
    cache.set("k", "v")
    assert cache.get("k") is None


# --- deploy/ templates -----------------------------------------------------------------------------------


@pytest.mark.smoke
def test_rendered_production_nginx_configuration_is_valid(tmp_path):
    nginx, openssl = shutil.which("nginx") or "/usr/sbin/nginx", shutil.which("openssl")
    if not Path(nginx).exists() or not openssl:
        pytest.skip("nginx or openssl missing (make test installs nginx)")
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=invest.example",
         "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    out = tmp_path / "etc"
    subprocess.run(
        ["python3", str(ROOT / "deploy" / "render.py"), str(out),
         "--set", "APP_SERVERS=10.0.0.11:8000,10.0.0.12:8000", "--set", "SERVER_NAME=invest.example.gov.vn",
         "--set", f"CONF_DIR={out / 'nginx'}", "--set", f"CACHE_DIR={tmp_path / 'cache'}",
         "--set", f"TLS_CERTIFICATE={tmp_path / 'cert.pem'}", "--set", f"TLS_CERTIFICATE_KEY={tmp_path / 'key.pem'}",
         "--set", "FRONTEND_CACHE=127.0.0.1:6081"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    for path in (out / "nginx").iterdir():
        assert "{{" not in path.read_text()
    (tmp_path / "logs").mkdir()
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"pid {tmp_path / 'nginx.pid'};\nerror_log stderr;\nevents {{}}\n"
        f"http {{ include /etc/nginx/mime.types; include {out / 'nginx' / 'portal.conf'}; }}\n"
    )
    result = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(main)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if Path(varnishd).exists():  # the frontend cache's VCL compiles (make test installs varnish)
        vcl = out / "varnish" / "portal.vcl"
        argv = [varnishd, "-C", "-j", "none", "-f", str(vcl), "-n", str(tmp_path / "varnish")]
        compiled = subprocess.run(argv, capture_output=True, text=True)
        assert compiled.returncode == 0 and "{{" not in vcl.read_text(), compiled.stderr[-2000:]
    web = (out / "systemd" / "portal-web.service").read_text()
    assert "ExecStart=/srv/portal/app/.venv/bin/gunicorn -c deploy/gunicorn.conf.py portal.wsgi" in web
