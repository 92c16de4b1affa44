package org.scolarite.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.settings.entity.Effect;
import org.scolarite.settings.entity.Setting;

class PaymentEffectTest {

    @Test
    @DisplayName("R-PAY-1, R-PAY-2 (D+1): the payment set-up saved on 1 December reaches families on 2 December, "
            + "not the same day — before it, invoices are shown without « Payer »")
    void effectiveTheNextDay() {
        LocalDate saved = LocalDate.of(2026, 12, 1);
        assertThat(Setting.PAYMENT.effect()).isEqualTo(Effect.NEXT_DAY);
        LocalDate from = Setting.PAYMENT.effect().effectiveFrom(saved);
        assertThat(from).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(from.isAfter(saved)).as("not in effect the day it is saved").isTrue();
        assertThat(Setting.PAYMENT.defaultValue()).as("never saved: no payment").isNull();
    }
}
