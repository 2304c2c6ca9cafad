/*
 * Warns before leaving a page whose form (data-warn-unsaved) holds changes not yet sent: the browser asks with its own
 * words whether to leave. Sending that form never asks; a form cancelled by its confirmation (confirm.js) stays
 * changed. Listens on the whole document, so a form swapped in later by htmx counts too; a form htmx sends counts as
 * sent once the server took it. A form that came back refused is marked changed by the page itself (data-unsaved): what
 * it holds is not saved yet. Pages work without this file.
 */
(function () {
    'use strict';

    // a page swapped in by htmx brings this script again: listen once
    if (window.unsavedListening) {
        return;
    }
    window.unsavedListening = true;

    function watchedForm(element) {
        var form = element && element.form ? element.form : element;
        return form && form.closest ? form.closest('form[data-warn-unsaved]') : null;
    }

    function changed(event) {
        var form = watchedForm(event.target);
        if (form) {
            form.setAttribute('data-unsaved', '');
        }
    }

    document.addEventListener('input', changed);
    document.addEventListener('change', changed);

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!event.defaultPrevented && form.matches && form.matches('form[data-warn-unsaved]')) {
            form.removeAttribute('data-unsaved');
        }
    });

    document.addEventListener('htmx:afterRequest', function (event) {
        // only a form htmx sent itself; an input's own request (a preview) sends nothing
        var form = event.target;
        if (form.matches && form.matches('form[data-warn-unsaved]') && event.detail.successful) {
            form.removeAttribute('data-unsaved');
        }
    });

    window.addEventListener('beforeunload', function (event) {
        if (document.querySelector('form[data-warn-unsaved][data-unsaved]')) {
            event.preventDefault();
            // older browsers ask only when a return value is set; none shows the text
            event.returnValue = '';
            return '';
        }
        return undefined;
    });
}());
