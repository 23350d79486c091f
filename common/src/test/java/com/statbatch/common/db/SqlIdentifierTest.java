package com.statbatch.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlIdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"building_text", "public.building_text", "_t1", "Body"})
    void plainAndSchemaQualifiedNamesAreAccepted(String name) {
        assertThat(SqlIdentifier.require("source.jdbc.table", name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text; drop table stat_keyword",
                "a.b.c",
                "1table",
                "body\"",
                "",
                "a b",
                "tab--",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void anythingElseIsRejectedNamingTheKeyAndValue(String name) {
        assertThatThrownBy(() -> SqlIdentifier.require("source.jdbc.table", name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source.jdbc.table");
    }
}
