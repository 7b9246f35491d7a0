"""An address as the registry's letters print it, one numbered field a part."""

from adminduk.documents.content import Address
from adminduk.documents.form import Field
from adminduk.documents.wording import upper


def address_fields(address: Address, street_label: str = "Alamat") -> tuple[Field, ...]:
    return (
        Field(street_label, upper(address.street)),
        Field("RT/RW", f"{address.rt}/{address.rw}"),
        Field("Desa/Kelurahan", upper(address.desa)),
        Field("Kecamatan", upper(address.kecamatan)),
        Field("Kabupaten/Kota", upper(address.regency)),
        Field("Provinsi", upper(address.province)),
        Field("Kode pos", address.postal_code),
    )
