package dev.relacja.itests.crash;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small client for Relacja's REST API over {@code java.net.http}: HTTP Basic for one user, paths relative
 * to {@code /relacja/api/v1/}, JSON through Jackson. Answers are returned whatever their status, so tests
 * assert on them; {@link #json} reads a body only after checking the status it expects.
 */
public final class RestClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Ordinary calls; imports pass their own, longer limit. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI api;
    private final String authorization;
    private final HttpClient http;

    public RestClient(URI api, String user, String password) {
        this.api = api;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path, REQUEST_TIMEOUT).GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path, REQUEST_TIMEOUT).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, Object body) throws IOException, InterruptedException {
        return send(request(path, REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8)).build());
    }

    /** PUTs JSON, with If-Match unless {@code ifMatch} is null. */
    public HttpResponse<String> putJson(String path, Object body, String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, REQUEST_TIMEOUT).header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.PUT(HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8)).build());
    }

    /** POSTs raw bytes (a file, a CSV) with their media type. */
    public HttpResponse<String> post(String path, String contentType, byte[] body, Duration timeout)
            throws IOException, InterruptedException {
        return send(request(path, timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** The body of an answer as JSON, failing with the answer when its status is not the expected one. */
    public static JsonNode json(HttpResponse<String> response, int expectedStatus) {
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " instead of " + expectedStatus + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON from " + response.request().uri() + ": " + response.body(), e);
        }
    }

    /** The {@code total} of a list answer such as {@code counterparties?size=1}. */
    public long total(String listPath) throws IOException, InterruptedException {
        return json(get(listPath), 200).path("total").asLong(-1);
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(api.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String ? (String) body : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
