/** A postal address as it goes on a parcel: the recipient, the lines, the country last (and in capitals when printed for the post). */

export interface PostalAddress {
  name?: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode?: string;
  countryName: string;
}

export function PostalAddressBlock({ address, className, countryInCapitals = false }: { address: PostalAddress; className?: string; countryInCapitals?: boolean }) {
  const parts = [
    address.name,
    address.line1,
    address.line2,
    [address.postalCode, address.city].filter(Boolean).join(" "),
    address.region,
    countryInCapitals ? address.countryName.toUpperCase() : address.countryName,
  ].filter((part): part is string => Boolean(part && part.trim()));
  return (
    <address className={`not-italic ${className ?? ""}`}>
      {parts.map((part, index) => (
        <span key={`${index}-${part}`} className="block">
          {part}
        </span>
      ))}
    </address>
  );
}
