package dev.ide.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ide.core.testing.FakeModelServer;
import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ModelClientHttpTest {

    @Test
    void models_on_plain_http_get_a_cleartext_client_that_answers() throws Exception {
        try (FakeModelServer server = new FakeModelServer().start().replying("안녕하세요")) {
            OkHttpClient http = ModelClient.httpClientFor(List.of(server.baseUrl(), "HTTP://10.0.0.2:8801"));
            assertThat(http.connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
            ModelClient client = new ModelClient(new ModelBackend(Role.CLASSIFIER, "EXAONE", server.baseUrl(),
                    "exaone", 0.3, 64, Duration.ofSeconds(5)), http, new ObjectMapper());

            assertThat(client.chat(List.of(ChatMessage.user("안녕")), 0.3, 64)).isEqualTo("안녕하세요");
        }
    }

    @Test
    void one_model_behind_https_keeps_tls() {
        OkHttpClient http = ModelClient.httpClientFor(List.of("http://127.0.0.1:8800", "https://gpu.example:443"));

        assertThat(http.connectionSpecs()).anyMatch(ConnectionSpec::isTls);
    }
}
