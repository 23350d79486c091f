package com.statbatch.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

class StringListSettingTest {

    @Test
    void aHoconListIsReadItemByItem() {
        assertThat(
                        StringListSetting.read(
                                ConfigFactory.parseString("tags = [NNG, \" NNP \"]"), "tags"))
                .containsExactly("NNG", "NNP");
    }

    @Test
    void commaTextAsFlagsAndEnvironmentVariablesGiveItIsSplitTrimmedAndBlanksDropped() {
        assertThat(
                        StringListSetting.read(
                                ConfigFactory.parseString("tags = \"NNG, NNP,,SL \""), "tags"))
                .containsExactly("NNG", "NNP", "SL");
    }

    @Test
    void aValueThatIsNeitherAListNorTextIsTheWrongType() {
        assertThatThrownBy(
                        () ->
                                StringListSetting.read(
                                        ConfigFactory.parseString("tags { a = 1 }"), "tags"))
                .isInstanceOf(ConfigException.WrongType.class)
                .hasMessageContaining("tags");
    }
}
