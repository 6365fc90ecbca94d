namespace PiiAnalyzers
{
    /// <summary>What kind of personal data a member holds. It names the data in diagnostics and decides
    /// which kinds are sensitive by default.</summary>
    public enum PersonalDataKind
    {
        /// <summary>Personal data of a kind not listed here.</summary>
        Other,

        /// <summary>A person's name: given name, family name, full name, nickname.</summary>
        Name,

        /// <summary>An e-mail address.</summary>
        Email,

        /// <summary>A telephone, mobile or fax number.</summary>
        Phone,

        /// <summary>A postal or delivery address, or one of its parts (street, city, postcode).</summary>
        PostalAddress,

        /// <summary>A date of birth, a birthday or an age.</summary>
        DateOfBirth,

        /// <summary>A person's gender or sex.</summary>
        Gender,

        /// <summary>An identity document number: national id, passport, social security, tax id, driver's
        /// licence. Always sensitive.</summary>
        GovernmentId,

        /// <summary>A payment card number, its verification code or expiry. Always sensitive.</summary>
        PaymentCard,

        /// <summary>A bank, wallet or account number (IBAN, routing number). Always sensitive.</summary>
        BankAccount,

        /// <summary>A user name's secret: password, passphrase, PIN, security answer, token. Always sensitive.</summary>
        Credential,

        /// <summary>An IP or MAC address.</summary>
        IpAddress,

        /// <summary>A device identifier (IMEI, advertising id) or device model.</summary>
        DeviceId,

        /// <summary>A geographic location: coordinates, geolocation, precise region.</summary>
        Location,

        /// <summary>An online identifier: user name, account handle, social network id.</summary>
        OnlineIdentifier,

        /// <summary>Browsing behaviour, search history, preferences inferred from use.</summary>
        Behavior,

        /// <summary>Orders, payments and other transactions of a person.</summary>
        Transaction,
    }
}
