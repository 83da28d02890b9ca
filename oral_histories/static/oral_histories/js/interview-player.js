// Progressive enhancement of an interview's segment index: choosing a segment plays the recording from its
// start in the page's player, and the segment being heard is marked. Without this script the links still
// open the recording at the segment's start (media fragment "#t=").
(function () {
    "use strict";
    var player = document.querySelector("[data-interview-player]");
    if (!player) {
        return;
    }
    var links = Array.prototype.slice.call(document.querySelectorAll(".segment-index a[data-start]"));

    function playFrom(seconds) {
        var start = function () {
            player.currentTime = seconds;
            var playing = player.play();
            if (playing && playing.catch) {
                playing.catch(function () {}); // autoplay refused: the player stays at the segment's start
            }
        };
        if (player.readyState >= 1) {
            start();
        } else {
            player.addEventListener("loadedmetadata", start, { once: true });
            player.load();
        }
    }

    links.forEach(function (link) {
        link.addEventListener("click", function (event) {
            event.preventDefault();
            playFrom(parseFloat(link.getAttribute("data-start")));
            player.focus();
        });
    });

    player.addEventListener("timeupdate", function () {
        var current = null;
        links.forEach(function (link) {
            if (parseFloat(link.getAttribute("data-start")) <= player.currentTime) {
                current = link;
            }
        });
        links.forEach(function (link) {
            if (link === current) {
                link.setAttribute("aria-current", "true");
            } else {
                link.removeAttribute("aria-current");
            }
        });
    });
})();
