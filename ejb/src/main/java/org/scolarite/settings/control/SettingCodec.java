package org.scolarite.settings.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.scolarite.settings.entity.Setting;

/**
 * The JSON form of setting values (records, lists, dates, amounts), through JSON-B. A {@code null} value is stored
 * as SQL NULL and reads back as the setting's default.
 */
public final class SettingCodec {

    // Jsonb instances are thread-safe and costly to build: one for the application.
    private static final Jsonb JSONB = JsonbBuilder.create();

    private SettingCodec() {
    }

    public static <T> String write(T value) {
        return value == null ? null : JSONB.toJson(value);
    }

    public static <T> T read(Setting<T> setting, String json) {
        return json == null ? setting.defaultValue() : JSONB.fromJson(json, setting.type());
    }
}
