// Quick exit: the link already works without JavaScript. With it, the click or the Escape key hides the page at
// once and leaves for the neutral site in place of every page of the hub this visit added to the tab's history,
// so that Back does not return here: the script goes back to the visit's first page, which replaces itself.
// Escape leaves only outside form fields and open menus: there it belongs to them (a half-filled form is kept).
(function () {
    "use strict";
    var link = document.querySelector("[data-quick-exit]");
    if (!link) {
        return;
    }
    var LEAVING = "hub-quick-exit";
    var DEPTH = "hub-visit-depth";

    function hide() {
        document.documentElement.style.visibility = "hidden";
        document.title = "";
    }

    function replaceWithNeutralSite(url) {
        sessionStorage.removeItem(LEAVING);
        window.location.replace(url);
    }

    // How many pages of the hub this visit has put in the history, this one included.
    function depth() {
        var state = history.state || {};
        if (!state.hubDepth) {
            var fromHub = document.referrer.indexOf(window.location.origin + "/") === 0;
            state = Object.assign({}, state, {hubDepth: fromHub ? (Number(sessionStorage.getItem(DEPTH)) || 0) + 1 : 1});
            history.replaceState(state, "");
        }
        return state.hubDepth;
    }

    function leave(event) {
        if (event) {
            event.preventDefault();
        }
        hide();
        var pages = depth();
        if (pages > 1) {
            sessionStorage.setItem(LEAVING, link.href);
            history.go(1 - pages);
        } else {
            replaceWithNeutralSite(link.href);
        }
    }

    function arrived() {
        var leaving = sessionStorage.getItem(LEAVING);
        if (leaving) {
            hide();
            replaceWithNeutralSite(leaving);
            return;
        }
        sessionStorage.setItem(DEPTH, String(depth()));
    }

    function belongsToSomethingElse(event) {
        var target = event.target;
        if (event.defaultPrevented || (target && target.closest && target.closest("input, textarea, select, [contenteditable]"))) {
            return true;
        }
        var openMenu = document.querySelector(".site-header details[open]");
        if (openMenu) {
            openMenu.removeAttribute("open");
            var summary = openMenu.querySelector("summary");
            if (summary) {
                summary.focus();
            }
            return true;
        }
        return false;
    }

    link.addEventListener("click", leave);
    document.addEventListener("keydown", function (event) {
        if ((event.key === "Escape" || event.key === "Esc") && !belongsToSomethingElse(event)) {
            leave(event);
        }
    });
    // A page the browser keeps in its back-forward cache shows again without running this script anew.
    window.addEventListener("pageshow", arrived);
    window.addEventListener("pagehide", function () {
        sessionStorage.setItem(DEPTH, String(depth()));
    });
})();
