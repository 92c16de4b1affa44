package org.scolarite.people.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class IneConverter implements AttributeConverter<Ine, String> {

    @Override
    public String convertToDatabaseColumn(Ine ine) {
        return ine == null ? null : ine.value();
    }

    @Override
    public Ine convertToEntityAttribute(String value) {
        return value == null ? null : Ine.of(value);
    }
}
