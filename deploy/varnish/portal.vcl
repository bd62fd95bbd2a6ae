vcl 4.1;
# The portal's frontend cache: Debian's Varnish between nginx and the app servers (nginx → Varnish →
# gunicorn). Rendered by deploy/render.py like the nginx files (the double-brace placeholders); do not edit
# the rendered copy. make prod (scripts/prod.py) and make bench (bench/http_bench.py) run this very file.
#
# Why behind nginx, not in front of it: nginx stays the edge (TLS, which Varnish does not speak; the flood
# limits; static files and X-Accel-Redirect'ed documents; the redacted access log), and sends Varnish only
# what may be a page (location /). Varnish balances the app servers itself, with health probes and a retry
# of a GET on each other server in turn (never the one that failed), as nginx's upstream did. If Varnish is
# down, nginx sends pages straight to the app servers (they are its backup servers), and Django's own page
# cache still answers.
#
# What is stored: only GET/HEAD of pages under a language prefix (/vi/, /en/, …), from readers without a
# session or a pending flash message, answered 200 without Set-Cookie and without private/no-store/no-cache.
# Never: the admin, the API, documents, the inquiry and event-registration views (forms, private status
# pages), the search page with a query (each query is its own page, and every search must reach the search
# log), the root redirect (it depends on the reader's language). Other cookies (the CSRF cookie, consent
# banners) are dropped from stored requests: the stored copy is the same for every reader.
#
# Forms: a fetch this cache will store carries "X-Frontend-Cache: store"; Django then leaves the form's CSRF
# token empty and sets no cookie (cms/frontend_cache.py), and a small script fills the token in from /csrf/.
#
# Invalidation (cms/frontend_cache.py, through Wagtail's frontend_cache backends), from PURGERS only:
#   PURGE <path>   every stored variant of that path, whatever its query string (?page=2, filters)
#   BAN            everything (a snippet or a setting was saved; also after a deploy: varnishadm ban obj.status != 0)
# Both are bans on obj.http.X-Portal-Path, so they cost no lookup and also cover the query variants.
# X-Cache (HIT, MISS or PASS) and Age tell what happened.

import directors;

probe portal_health {
    .url = "/healthz";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

{{ VARNISH_BACKENDS }}

acl portal_purgers {
{{ PURGERS }}
}

sub vcl_init {
    new portal_app = directors.round_robin();
{{ VARNISH_DIRECTOR }}
}

sub vcl_recv {
    unset req.http.X-Frontend-Cache;  # only this file sets it (vcl_backend_fetch)
    unset req.http.X-Portal-Decision;
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ portal_purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.status != 0");
            return (synth(200, "Banned"));
        }
        ban("obj.http.X-Portal-Path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url !~ "^/[a-z]{2}(-[a-z]+)?/"
        || req.url ~ "^/[^/]+/(inquiries|events/registration|events/[0-9]+/register)/"
        || req.url ~ "^/[^/]+/search/\?(.*&)?q=[^&]") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);  # an editor, a preview, a reader with a flash message: Django answers
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # One site per cache: the path and query only. nginx sends $host, Wagtail purges with the host of
    # PORTAL_BASE_URL; they may differ (localhost, 127.0.0.1) and must name the same copy.
    hash_data(req.url);
    return (lookup);
}

sub vcl_pass {
    set req.http.X-Portal-Decision = "PASS";
}

sub vcl_backend_fetch {
    set bereq.backend = portal_app.backend();
    if (bereq.retries > 0) {
        # A retry goes to the server after the one that failed, never to the same one again.
{{ VARNISH_RETRY_BACKEND }}
    }
    unset bereq.http.X-Portal-Failed;
    if (!bereq.uncacheable) {
        set bereq.http.X-Frontend-Cache = "store";
    }
}

sub vcl_backend_response {
    set beresp.http.X-Portal-Path = regsub(bereq.url, "\?.*$", "");
{{ VARNISH_UPSTREAM_HEADER }}
    if ((beresp.status == 502 || beresp.status == 503) && bereq.retries < {{ VARNISH_RETRIES }}
        && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.X-Portal-Failed = beresp.backend.name;
        return (retry);  # as nginx did (proxy_next_upstream http_502 http_503)
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.status != 200
        || beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Vary ~ "\*") {
        set beresp.uncacheable = true;  # hit-for-miss: the next request goes to Django again
        set beresp.ttl = 60s;
        return (deliver);
    }
    set beresp.ttl = {{ PAGE_TTL }};  # a purge or a ban ends it sooner; the TTL bounds time-dependent pages
    set beresp.grace = 30s;
    if (beresp.http.Content-Type ~ "^text/html") {
        set beresp.do_gzip = true;  # stored compressed; readers that do not accept gzip get it unzipped
    }
    return (deliver);
}

sub vcl_backend_error {
    # A server that refused or died mid-request: a GET or HEAD is tried on each other server in turn.
    if (bereq.retries < {{ VARNISH_RETRIES }} && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.X-Portal-Failed = beresp.backend.name;
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
        unset resp.http.X-Upstream;  # no app server answered
    } elsif (req.http.X-Portal-Decision == "PASS") {
        set resp.http.X-Cache = "PASS";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.X-Portal-Path;
    unset resp.http.X-Varnish;
    unset resp.http.Via;
}
