/*
 * A form that comes back refused shows a summary of its errors at its top (fragments/forms :: errorSummary): bring the
 * first one into view and give it the focus, so that the message is where the person looks, and screen readers read
 * it. Its links lead to each field and put the cursor in it. Pages work without this file.
 */
(function () {
    'use strict';

    function showSummary() {
        var summary = document.querySelector('[data-error-summary]');
        if (summary) {
            summary.focus();
            summary.scrollIntoView({block: 'center'});
        }
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('[data-error-summary] a[href^="#"]') : null;
        var field = link ? document.getElementById(link.getAttribute('href').substring(1)) : null;
        if (field) {
            event.preventDefault();
            field.scrollIntoView({block: 'center'});
            field.focus();
        }
    });

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', showSummary);
    } else {
        showSummary();
    }
}());
