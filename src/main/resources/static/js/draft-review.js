// The plan document review page: clicking an extracted item scrolls the document to its text and highlights it;
// a section's checkbox accepts or drops all of its items at once.
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
    document.querySelectorAll(".draft-item-link").forEach(function (link) {
        link.addEventListener("click", function (event) {
            event.preventDefault();
            highlight(link.getAttribute("data-key"));
        });
    });
    documentPane.addEventListener("click", function (event) {
        var mark = event.target.closest("mark[data-keys]");
        if (mark) {
            var key = mark.getAttribute("data-keys").split(" ").pop();
            highlight(key);
            var item = document.getElementById("item-" + key);
            if (item) {
                item.scrollIntoView({block: "center"});
            }
        }
    });
    document.querySelectorAll(".draft-section-check").forEach(function (check) {
        check.addEventListener("change", function () {
            var section = check.closest(".draft-section");
            section.querySelectorAll('input[name="item"]').forEach(function (box) {
                box.checked = check.checked;
            });
            section.classList.toggle("draft-dropped", !check.checked);
        });
    });
})();
