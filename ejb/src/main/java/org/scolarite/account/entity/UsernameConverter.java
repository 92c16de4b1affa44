package org.scolarite.account.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class UsernameConverter implements AttributeConverter<Username, String> {

    @Override
    public String convertToDatabaseColumn(Username username) {
        return username == null ? null : username.value();
    }

    @Override
    public Username convertToEntityAttribute(String value) {
        return value == null ? null : Username.of(value);
    }
}
