/*
 * Asks before an irreversible action: a form with data-confirm="…" (the question names what will happen) is sent only
 * when the person agrees. Listens on the whole document before anything else (htmx included), so a form swapped in
 * later asks too. The content security policy allows no inline script; this file is the one place that asks.
 */
(function () {
    'use strict';

    if (window.confirmListening) {
        return;
    }
    window.confirmListening = true;

    document.addEventListener('submit', function (event) {
        var form = event.target;
        var question = form && form.getAttribute ? form.getAttribute('data-confirm') : null;
        if (question && !window.confirm(question)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
}());
