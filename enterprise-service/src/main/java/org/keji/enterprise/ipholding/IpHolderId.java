package org.keji.enterprise.ipholding;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The key of a holder row: the patent and the holder's USCC. */
@Embeddable
public class IpHolderId implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "application_number", length = 20)
    private String applicationNumber;

    @Column(name = "holder_uscc", length = 18)
    private String holderUscc;

    protected IpHolderId() {
    }

    IpHolderId(String applicationNumber, String holderUscc) {
        this.applicationNumber = applicationNumber;
        this.holderUscc = holderUscc;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public String holderUscc() {
        return holderUscc;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpHolderId that && Objects.equals(applicationNumber, that.applicationNumber)
                && Objects.equals(holderUscc, that.holderUscc);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationNumber, holderUscc);
    }
}
