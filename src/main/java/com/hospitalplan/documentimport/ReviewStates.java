package com.hospitalplan.documentimport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review decisions of waiting documents ({@code document_review}), beside the waiting document itself; they go
 * when it goes. Callers check first that the waiting document is the user's.
 */
@Component
class ReviewStates {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ReviewStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReviewState find(String token) {
        return jdbc.sql("select state from document_review where token = :token")
                .param("token", token)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, ReviewState.class))
                .orElseGet(ReviewState::empty);
    }

    void save(String token, ReviewState state) {
        jdbc.sql("""
                        insert into document_review (token, state) values (:token, :state)
                        on conflict (token) do update set state = excluded.state, updated_at = now()
                        """)
                .param("token", token)
                .param("state", json.writeValueAsString(state))
                .update();
    }
}
