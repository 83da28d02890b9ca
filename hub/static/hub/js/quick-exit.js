// Quick exit: the link already works without JavaScript. With it, the click or the Escape key
// hides the page at once and replaces this history entry, so Back does not return here.
(function () {
    "use strict";
    var link = document.querySelector("[data-quick-exit]");
    if (!link) {
        return;
    }
    function leave(event) {
        if (event) {
            event.preventDefault();
        }
        document.documentElement.style.visibility = "hidden";
        document.title = "";
        window.location.replace(link.href);
    }
    link.addEventListener("click", leave);
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" || event.key === "Esc") {
            leave(event);
        }
    });
})();
