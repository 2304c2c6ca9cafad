package com.hospitalplan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP session against the running test server: keeps cookies, sends the CSRF token. */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;

    public HttpSession(int port) {
        this(
                "http://localhost:" + port,
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build());
    }

    private HttpSession(String baseUrl, HttpClient client) {
        this.baseUrl = baseUrl;
        this.client = client;
    }

    /**
     * The same browser (same cookies) talking to another server on this host, as a round-robin proxy sends one
     * user's requests to different instances.
     */
    public HttpSession on(int otherPort) {
        return new HttpSession("http://localhost:" + otherPort, client);
    }

    public HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", accept)
                .GET()
                .build());
    }

    /** A download: the body as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form from {@code formPage}, with that page's CSRF token; {@code fields} alternate name, value. */
    public HttpResponse<String> postForm(String formPage, String action, String... fields) {
        return post(csrfToken(formPage), action, fields);
    }

    /** The CSRF token of the forms on {@code formPage}. */
    public String csrfToken(String formPage) {
        Matcher token = CSRF.matcher(get(formPage).body());
        if (!token.find()) {
            throw new IllegalStateException(formPage + " has no CSRF token");
        }
        return token.group(1);
    }

    /** Posts a form with a CSRF token taken earlier; {@code fields} alternate name, value. */
    public HttpResponse<String> post(String csrfToken, String action, String... fields) {
        StringBuilder body = new StringBuilder("_csrf=" + encode(csrfToken));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /**
     * Posts a file as a browser's upload form does (multipart, with the CSRF token as a field); {@code accept} is the
     * Accept header.
     */
    public HttpResponse<String> postFile(
            String csrfToken, String action, String field, String filename, byte[] content, String accept) {
        String boundary = "----upload" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
                .header("Accept", accept)
                .header("X-CSRF-TOKEN", csrfToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofString(tail)))
                .build());
    }

    /** Signs in through the real sign-in form; returns the response to the form post. */
    public HttpResponse<String> signIn(String username, String password) {
        return postForm("/login", "/login", "username", username, "password", password);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
