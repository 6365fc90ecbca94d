using System;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// The files of one module that only the deep-graph variant has (<see cref="SolutionVariant.DeepGraphs"/>): a shipment
/// whose consignee's contact card holds a postal address, in legs of parcels, six levels below the shipment, marked as
/// the marked variant marks; and a service that logs, serializes and exports shipments whole, or their summaries.
/// </summary>
internal sealed class DeepGraphWriter
{
    private readonly Random _random;
    private readonly string _area;

    public DeepGraphWriter(Random random, string area)
    {
        _random = random;
        _area = area;
    }

    public string Shipment() => $$"""
        namespace Shop.Domain.{{_area}};

        public enum ShipmentStatus
        {
            Draft,
            Dispatched,
            Delivered,
        }

        public sealed record GeoPoint(double Latitude, double Longitude);

        public sealed record PostalAddress([PersonalData(PersonalDataKind.PostalAddress)] string Street, string City, [PersonalData(PersonalDataKind.PostalAddress)] string PostalCode, string CountryCode, GeoPoint? Location);

        public sealed record ContactCard([PersonalData(PersonalDataKind.Name)] string FullName, [PersonalData(PersonalDataKind.Email)] string Email, [PersonalData(PersonalDataKind.Phone)] string? Phone, PostalAddress Address);

        public sealed record Consignee(Guid Id, ContactCard Contact, IReadOnlyList<ContactCard> AlternateContacts);

        public sealed record Parcel(string Label, decimal WeightKg, Consignee Recipient, IReadOnlyDictionary<string, string> Attributes);

        public sealed record Leg(int Sequence, PostalAddress From, PostalAddress To, IReadOnlyList<Parcel> Parcels);

        public sealed class Envelope<T>
        {
            public Envelope(T body, Guid correlationId)
            {
                Body = body;
                CorrelationId = correlationId;
            }

            public T Body { get; }

            public Guid CorrelationId { get; }
        }

        public sealed class Shipment
        {
            public Guid Id { get; } = Guid.NewGuid();

            public string Reference { get; set; } = "";

            public ShipmentStatus Status { get; set; }

            public Consignee? Consignee { get; set; }

            public List<Leg> Legs { get; } = new();

            public Dictionary<string, Parcel> ParcelsByLabel { get; } = new();

            public decimal WeightKg() => Legs.SelectMany(leg => leg.Parcels).Sum(parcel => parcel.WeightKg);
        }
        """;

    public string ShipmentService()
    {
        string dispatched = Pick(
            "_logger.LogInformation(\"Dispatched {@Summary}\", summary);",
            "_logger.LogInformation(\"Dispatched {@Shipment}\", shipment);",
            "_logger.LogInformation(\"Dispatched {Reference} to {Recipient}\", shipment.Reference, Masking.MaskEmail(shipment.Consignee?.Contact.Email ?? \"\"));",
            "if (shipment.Consignee is { } consignee && _consents.AllowsDiagnostics(consignee.Id))\n        {\n            _logger.LogInformation(\"Dispatched {@Shipment}\", shipment);\n        }");
        string export = Pick(
            "JsonSerializer.Serialize(Summarize(shipment))",
            "JsonSerializer.Serialize(new Envelope<Shipment>(shipment, Guid.NewGuid()))",
            "JsonSerializer.Serialize(new Envelope<ShipmentSummary>(Summarize(shipment), Guid.NewGuid()))",
            "JsonSerializer.Serialize(Summarize(shipment))");
        string audited = Pick(
            "_logger.LogDebug(\"Audited {Reference} with {Legs} legs\", shipment.Reference, shipment.Legs.Count);",
            "_logger.LogDebug(\"Audited {@Legs}\", shipment.Legs);",
            "_logger.LogDebug(\"Audited {Reference} with {Parcels} parcels\", shipment.Reference, shipment.ParcelsByLabel.Count);",
            "_logger.LogDebug(\"Audited {Reference} with {Legs} legs\", shipment.Reference, shipment.Legs.Count);");
        return $$"""
            using System.Text.Json;
            using Microsoft.Extensions.Logging;
            using Shop.Application.Common;
            using Shop.Domain.{{_area}};

            namespace Shop.Application.{{_area}};

            public interface IShipmentStore
            {
                Task<Shipment?> FindAsync(Guid id, CancellationToken cancellationToken);

                Task SaveAsync(Shipment shipment, CancellationToken cancellationToken);
            }

            public sealed record ShipmentSummary(Guid Id, string Reference, int Legs, int Parcels, decimal WeightKg);

            public sealed class ShipmentService
            {
                private readonly ILogger<ShipmentService> _logger;
                private readonly IShipmentStore _store;
                private readonly IConsentService _consents;

                public ShipmentService(ILogger<ShipmentService> logger, IShipmentStore store, IConsentService consents)
                {
                    _logger = logger;
                    _store = store;
                    _consents = consents;
                }

                public async Task<ShipmentSummary> DispatchAsync(Guid id, CancellationToken cancellationToken)
                {
                    var shipment = await _store.FindAsync(id, cancellationToken) ?? throw new InvalidOperationException("No shipment " + id);
                    shipment.Status = ShipmentStatus.Dispatched;
                    var summary = Summarize(shipment);
                    {{dispatched}}
                    await _store.SaveAsync(shipment, cancellationToken);
                    return summary;
                }

                public string Export(Shipment shipment) => {{export}};

                public void Audit(IReadOnlyList<Shipment> shipments)
                {
                    foreach (var shipment in shipments)
                    {
                        {{audited}}
                    }
                }

                public static ShipmentSummary Summarize(Shipment shipment) =>
                    new(shipment.Id, shipment.Reference, shipment.Legs.Count, shipment.Legs.Sum(leg => leg.Parcels.Count), shipment.WeightKg());
            }
            """;
    }

    /// <summary>A site that shows no personal data, or (one in four) a leak, a redacted form or a consented one.</summary>
    private string Pick(string plain, string leak, string redacted, string consented)
    {
        if (_random.Next(4) != 0)
        {
            return plain;
        }

        return _random.Next(3) switch
        {
            0 => leak,
            1 => redacted,
            _ => consented,
        };
    }
}
