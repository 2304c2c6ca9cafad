// The plan document review page: clicking an extracted item scrolls the document to its text and highlights it (and
// clicking marked text highlights its item); typing an item's target shows at once how the target parser reads it.
// Listeners sit on the document, so sections that htmx swaps in after a decision keep working.
(function () {
    "use strict";
    var documentPane = document.getElementById("draft-document");
    if (!documentPane) {
        return;
    }
    function highlight(key) {
        documentPane.querySelectorAll("mark.draft-active").forEach(function (mark) {
            mark.classList.remove("draft-active");
        });
        var marks = documentPane.querySelectorAll('mark[data-keys~="' + key + '"]');
        marks.forEach(function (mark) {
            mark.classList.add("draft-active");
        });
        if (marks.length > 0) {
            marks[0].scrollIntoView({block: "center"});
        }
        document.querySelectorAll(".draft-item.draft-active").forEach(function (item) {
            item.classList.remove("draft-active");
        });
        var item = document.getElementById("item-" + key);
        if (item) {
            item.classList.add("draft-active");
        }
    }
    document.addEventListener("click", function (event) {
        var link = event.target.closest(".draft-item-link");
        if (link) {
            event.preventDefault();
            highlight(link.getAttribute("data-key"));
            return;
        }
        var mark = event.target.closest("#draft-document mark[data-keys]");
        if (mark) {
            var key = mark.getAttribute("data-keys").split(" ").pop();
            highlight(key);
            var item = document.getElementById("item-" + key);
            if (item) {
                item.scrollIntoView({block: "center"});
            }
        }
    });
    var timers = {};
    document.addEventListener("input", function (event) {
        var input = event.target;
        if (!input.classList || !input.classList.contains("draft-target-input")) {
            return;
        }
        var key = input.getAttribute("data-key");
        clearTimeout(timers[key]);
        timers[key] = setTimeout(function () {
            var unit = document.getElementById("unit-" + key);
            var name = document.getElementById("name-" + key);
            var query = "?target=" + encodeURIComponent(input.value)
                + "&unit=" + encodeURIComponent(unit ? unit.value : "")
                + "&name=" + encodeURIComponent(name ? name.value : "");
            fetch(input.getAttribute("data-preview") + query, {credentials: "same-origin"})
                .then(function (response) { return response.ok ? response.text() : ""; })
                .then(function (html) {
                    var preview = document.getElementById("preview-" + key);
                    if (preview) {
                        preview.innerHTML = html;
                        var inner = preview.querySelector("#target-preview");
                        if (inner) {
                            inner.removeAttribute("id");
                        }
                    }
                });
        }, 300);
    });
})();
