# Varnish in front of the hub (README: Operations, Caching). Varnish keeps every anonymous page the hub marks
# public (`s-maxage`) and serves it without touching Python; the hub purges it on each change with HTTP PURGE
# (FRONTEND_CACHE_URL, Wagtail's front-end cache invalidation). tests/perf/benchmark.py runs this file.
vcl 4.1;

backend hub { .host = "127.0.0.1"; .port = "8000"; }

acl purgers { "127.0.0.1"; "::1"; }

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) { return (synth(403)); }
        # The address and everything below it, query strings included (a listing's filtered variants).
        ban("req.http.host == " + req.http.host + " && req.url ~ ^" + regsuball(req.url, "([][(){}.?+*|^$\\])", "\\\1"));
        return (synth(200, "Purged"));
    }
    # Logged-in editors and CSRF-protected forms (session and CSRF cookies) go straight to the hub.
    if (req.http.Cookie ~ "(^|; )(sessionid|csrftoken)=") { return (pass); }
    # The site's root sends each visitor to their language, following their language cookie.
    if (req.url ~ "^/(\?|$)") { return (pass); }
    # Other cookies (the language choice, analytics a browser carries from elsewhere) do not change a page.
    unset req.http.Cookie;
}

sub vcl_backend_response {
    # The hub marks what is public (s-maxage) and what is private; Varnish obeys. A page that sets a cookie
    # is one visitor's.
    if (beresp.http.Set-Cookie) { set beresp.uncacheable = true; }
}
