/*
 * Shows that a slow download is being made: a link with data-busy-text="…" (the PDF for leaders takes seconds) is
 * fetched instead of followed, with a spinner and the text in the link and aria-busy on it, and the file is handed to
 * the browser when it has arrived, under the name the server gives. Without script, or when fetching fails, the link
 * works as a plain link. The content security policy allows no inline script; hence this file.
 */
(function () {
    'use strict';

    if (window.slowDownloadListening) {
        return;
    }
    window.slowDownloadListening = true;

    function fileName(response, fallback) {
        var header = response.headers.get('Content-Disposition') || '';
        var star = /filename\*=UTF-8''([^;]+)/i.exec(header);
        if (star) {
            try {
                return decodeURIComponent(star[1]);
            } catch (e) {
                // fall through to the plain name
            }
        }
        var plain = /filename="([^"]+)"/i.exec(header);
        return plain ? plain[1] : fallback;
    }

    function busy(link, on) {
        if (on) {
            link.dataset.idleHtml = link.innerHTML;
            link.setAttribute('aria-busy', 'true');
            link.classList.add('disabled');
            link.innerHTML = '<span class="spinner-border spinner-border-sm me-1" aria-hidden="true"></span>';
            link.appendChild(document.createTextNode(link.getAttribute('data-busy-text')));
        } else {
            link.innerHTML = link.dataset.idleHtml;
            link.removeAttribute('aria-busy');
            link.classList.remove('disabled');
        }
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('a[data-busy-text]') : null;
        if (!link || !window.fetch || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        event.preventDefault();
        if (link.getAttribute('aria-busy') === 'true') {
            return;
        }
        busy(link, true);
        fetch(link.href, {credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.blob().then(function (blob) {
                    var url = URL.createObjectURL(blob);
                    var save = document.createElement('a');
                    save.href = url;
                    save.download = fileName(response, 'report.pdf');
                    document.body.appendChild(save);
                    save.click();
                    save.remove();
                    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
                    busy(link, false);
                });
            })
            .catch(function () {
                busy(link, false);
                window.location.href = link.href;
            });
    });
}());
