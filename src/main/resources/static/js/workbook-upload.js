/*
 * Workbook uploads (plans and reports): show how far the upload has come (htmx's xhr progress events) and that the server is
 * reading the file afterwards; a confirmation button is pressed once. Pages work without this file too.
 */
(function () {
    'use strict';

    // a page swapped in by htmx brings this script again: listen once
    if (window.workbookUploadListening) {
        return;
    }
    window.workbookUploadListening = true;

    function uploadForm(element) {
        return element && element.closest ? element.closest('form[data-upload]') : null;
    }

    function say(form, text) {
        var status = form.querySelector('[data-upload-status]');
        if (status) {
            status.textContent = text || '';
        }
    }

    document.addEventListener('htmx:beforeRequest', function (event) {
        var form = uploadForm(event.target);
        if (!form) {
            return;
        }
        var bar = form.querySelector('progress');
        bar.value = 0;
        bar.hidden = false;
        form.querySelector('button[type=submit]').disabled = true;
        say(form, form.dataset.uploadingText);
    });

    document.addEventListener('htmx:xhr:progress', function (event) {
        var form = uploadForm(event.target);
        if (!form || !event.detail.lengthComputable) {
            return;
        }
        var bar = form.querySelector('progress');
        bar.max = event.detail.total;
        bar.value = event.detail.loaded;
        say(form, event.detail.loaded >= event.detail.total ? form.dataset.readingText : form.dataset.uploadingText);
    });

    document.addEventListener('htmx:afterRequest', function (event) {
        var form = uploadForm(event.target);
        if (!form || !form.isConnected) {
            return;
        }
        form.querySelector('button[type=submit]').disabled = false;
        if (!event.detail.successful) {
            form.querySelector('progress').hidden = true;
            say(form, form.dataset.errorText);
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.matches && form.matches('form[data-once]')) {
            var button = form.querySelector('button[type=submit]');
            if (button) {
                // the server turns a second confirmation into the same plan anyway; this spares the round trip
                setTimeout(function () { button.disabled = true; }, 0);
            }
        }
    });
}());
