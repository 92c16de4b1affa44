package org.scolarite.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the public finance reference list of TIPI/PayFiP clients (R-PAY-1). Read-only here. */
@Entity
@Table(name = "tipi_client")
public class TipiClient {

    @Id
    @Column(name = "client_number")
    private String clientNumber;

    @Column(name = "establishment_name", nullable = false)
    private String establishmentName;

    private String uai;

    protected TipiClient() {
    }

    public TipiClient(String clientNumber, String establishmentName, String uai) {
        this.clientNumber = clientNumber;
        this.establishmentName = establishmentName;
        this.uai = uai;
    }

    public String getClientNumber() { return clientNumber; }
    public String getEstablishmentName() { return establishmentName; }
    public String getUai() { return uai; }
}
