package org.scolarite.structure.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class UaiConverter implements AttributeConverter<Uai, String> {

    @Override
    public String convertToDatabaseColumn(Uai uai) {
        return uai == null ? null : uai.value();
    }

    @Override
    public Uai convertToEntityAttribute(String value) {
        return value == null ? null : Uai.of(value);
    }
}
