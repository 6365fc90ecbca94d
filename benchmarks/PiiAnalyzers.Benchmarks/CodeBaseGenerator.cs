using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// Writes a synthetic but realistic C# code base that uses PiiAnalyzers, deterministically from a seed. Files come in
/// modules of ten: one file of annotated models (plain classes with marked members, a marked type, records with and
/// without personal data, a DTO with a serializer's ignore attribute) and nine of code that uses them: services with
/// sinks (logs, serializers, third parties, exception messages) whose calls are mostly consented or redacted and
/// sometimes not, services without sinks, one very big method, deeply nested code, and plain code that touches no
/// personal data at all (most of a real code base). One shared file declares the consent registry, the third
/// parties, the redactors, a logging wrapper and a <c>[RequiresConsent]</c> export. Every file compiles against the
/// framework, Serilog, Newtonsoft.Json and PiiAnalyzers.Annotations. Shared by the benchmark and the robustness tests.
/// </summary>
public static class CodeBaseGenerator
{
    /// <summary>The usings of every generated file.</summary>
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using System.Threading.Tasks;
        using Gen.Infrastructure;
        using Microsoft.Extensions.Logging;
        using PiiAnalyzers;

        """;

    /// <summary>The files of a code base of <paramref name="fileCount"/> files (at least 2), paths relative.</summary>
    public static IReadOnlyList<(string Path, string Text)> Generate(int fileCount, int seed = 20250101)
    {
        var random = new Random(seed);
        var files = new List<(string, string)> { ("Infrastructure/Privacy.cs", Infrastructure()) };
        for (int i = 0; files.Count < fileCount; i++)
        {
            int module = i / 10;
            int kind = i % 10;
            var writer = new CodeWriter(random);
            string name;
            if (kind == 0)
            {
                name = "Models";
                writer.Models(module);
            }
            else
            {
                string type = writer.Type(kind, module, i);
                name = type;
            }

            files.Add(($"M{module:D3}/{name}.cs", writer.File(module)));
        }

        return files;
    }

    /// <summary>
    /// One document of about <paramref name="lines"/> lines that uses the models of module 0 (the editor scenario: a
    /// big file re-analysed after each keystroke), and the position of a method body in it where an edit goes.
    /// </summary>
    public static (string Text, int EditPosition) LargeDocument(int lines = 3000, int seed = 7)
    {
        var writer = new CodeWriter(new Random(seed));
        int i = 1;
        while (writer.Lines < lines)
        {
            int kind = i % 10 == 0 ? 1 : i % 10;
            writer.Type(kind, 0, 10_000 + i);
            i++;
        }

        string text = writer.File(0, "Gen.Editor");
        int marker = text.IndexOf("// edit here", text.Length / 2, StringComparison.Ordinal);
        if (marker < 0)
        {
            marker = text.IndexOf("// edit here", StringComparison.Ordinal);
        }

        return (text, marker);
    }

    private static string Infrastructure() => Usings + """
        namespace Gen.Infrastructure
        {
            public interface IConsents
            {
                [ConsentCheck] bool Has(Guid subject, ConsentPurpose purpose);
                [ConsentCheck] void Demand(Guid subject, ConsentPurpose purpose);
                [ConsentCheck(ConsentPurpose.Marketing)] bool MarketingAllowed { get; }
            }

            [ThirdParty]
            public interface ICrmPartner
            {
                Task PushAsync(string name, string email);
                void Track(object payload);
            }

            [ThirdParty(ConsentPurpose.Analytics)]
            public interface IAnalyticsPartner
            {
                void Send(string eventName, string userReference);
            }

            public static class Masks
            {
                [Redactor] public static string MaskEmail(string email) => "***" + email.Substring(Math.Max(0, email.IndexOf('@')));
                [Redactor] public static string Pseudonym(string value) => value.GetHashCode().ToString("x8");
            }

            public sealed class AuditLog
            {
                private readonly ILogger<AuditLog> _logger;
                public AuditLog(ILogger<AuditLog> logger) { _logger = logger; }
                public void Write(string entry) => _logger.LogInformation("Audit: {Entry}", entry);
            }

            public static class Export
            {
                [RequiresConsent(ConsentPurpose.Transfer)]
                public static string ToPartnerFormat(object value) => Newtonsoft.Json.JsonConvert.SerializeObject(value);
            }
        }
        """;

    private sealed class CodeWriter
    {
        private readonly Random _random;
        private readonly StringBuilder _text = new();
        private int _indent;
        private int _unique;

        public CodeWriter(Random random) => _random = random;

        public int Lines { get; private set; }

        public string File(int module, string? ns = null) =>
            Usings + $"namespace {ns ?? "Gen.M" + module.ToString("D3", CultureInfo.InvariantCulture)}\n{{\n    using Gen.M{module:D3}Models;\n\n" + _text + "}\n";

        /// <summary>Writes the type of the given kind (1–9); returns its name.</summary>
        public string Type(int kind, int module, int index) => kind switch
        {
            1 or 5 => ServiceWithSinks($"CustomerService{index}", big: false),
            2 or 6 => ServiceWithoutSinks($"PricingService{index}"),
            3 => ServiceWithSinks($"ReportingService{index}", big: true),
            4 => DeepNesting($"FulfilmentWorkflow{index}"),
            7 or 8 => PlainCode($"TextUtilities{index}"),
            _ => PartnerService($"PartnerSync{index}"),
        };

        private void Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', 4 * (_indent + 1)).Append(line);
            }

            _text.Append('\n');
            Lines++;
        }

        private void Open(string line)
        {
            Line(line);
            Line("{");
            _indent++;
        }

        private void Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
        }

        private string Next(string prefix) => prefix + (++_unique).ToString(CultureInfo.InvariantCulture);

        private bool Chance(int percent) => _random.Next(100) < percent;

        /// <summary>The models of a module, in a namespace of their own (the other files import it).</summary>
        public void Models(int module)
        {
            _indent = -1;
            Line("}");
            Line($"namespace Gen.M{module:D3}Models");
            Line("{");
            _indent = 0;
            Open("public sealed class Customer");
            Line("public Guid Id { get; set; }");
            Line("[PersonalData(PersonalDataKind.Name)] public string FullName { get; set; } = \"\";");
            Line("[PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = \"\";");
            Line("[PersonalData(PersonalDataKind.Phone)] public string? Phone { get; set; }");
            Line("[PersonalData(PersonalDataKind.DateOfBirth)] public DateOnly BirthDate { get; set; }");
            Line("public Address Home { get; set; } = new Address();");
            Line("public int LoyaltyPoints { get; set; }");
            Line("public bool IsActive { get; set; }");
            Line("public decimal Balance { get; set; }");
            Line("public List<string> Tags { get; } = new List<string>();");
            Close();
            Line();
            Line("[PersonalData(PersonalDataKind.PostalAddress)]");
            Open("public sealed class Address");
            Line("public string Street { get; set; } = \"\";");
            Line("public string City { get; set; } = \"\";");
            Line("public string Zip { get; set; } = \"\";");
            Line("public bool IsVerified { get; set; }");
            Close();
            Line();
            Line("public sealed record CustomerRegistered(Guid Id, [PersonalData(PersonalDataKind.Email)] string Email, DateTimeOffset At);");
            Line("public sealed record OrderTotals(Guid OrderId, decimal Total, int Lines);");
            Line();
            Open("public sealed class CustomerDto");
            Line("public Guid Id { get; set; }");
            Line("[PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = \"\";");
            Line("[System.Text.Json.Serialization.JsonIgnore] [PersonalData(PersonalDataKind.Phone)] public string? Phone { get; set; }");
            Line("public int Points { get; set; }");
            Close();
            Line();
            Open("public sealed class Order");
            Line("public Guid Id { get; set; }");
            Line("public Customer Buyer { get; set; } = new Customer();");
            Line("public List<OrderLine> Lines { get; } = new List<OrderLine>();");
            Line("public decimal Total => Lines.Sum(l => l.Price * l.Quantity);");
            Close();
            Line();
            Open("public sealed class OrderLine");
            Line("public string Sku { get; set; } = \"\";");
            Line("public int Quantity { get; set; }");
            Line("public decimal Price { get; set; }");
            Close();
            Line();
            Open("public static class Statistics");
            for (int i = 0; i < 6; i++)
            {
                Open($"public static decimal Average{i}(IReadOnlyList<Order> orders)");
                Line("if (orders.Count == 0) { return 0m; }");
                Line("decimal sum = 0m;");
                Line($"foreach (var order in orders) {{ sum += order.Total * {i + 1}m; }}");
                Line("return sum / orders.Count;");
                Close();
            }

            Close();
        }

        private void ServiceFields(string name)
        {
            Line($"private readonly ILogger<{name}> _logger;");
            Line("private readonly IConsents _consents;");
            Line("private readonly ICrmPartner _crm;");
            Line("private readonly AuditLog _audit;");
            Line();
            Open($"public {name}(ILogger<{name}> logger, IConsents consents, ICrmPartner crm, AuditLog audit)");
            Line("_logger = logger;");
            Line("_consents = consents;");
            Line("_crm = crm;");
            Line("_audit = audit;");
            Close();
        }

        /// <summary>A service whose methods log, serialize, share and throw, mostly correctly.</summary>
        private string ServiceWithSinks(string name, bool big)
        {
            Open($"public sealed class {name}");
            ServiceFields(name);
            int methods = big ? 1 : 6;
            for (int m = 0; m < methods; m++)
            {
                Line();
                Open($"public int Handle{m}(Customer customer, Order order, List<Customer> others)");
                Line("int result = 0;");
                int statements = big ? 60 : 4;
                for (int s = 0; s < statements; s++)
                {
                    Statement(allowSink: true);
                }

                Line("return result;");
                Close();
            }

            Close();
            Line();
            return name;
        }

        /// <summary>One statement group: business logic, or a sink in one of its correct or incorrect forms.</summary>
        private void Statement(bool allowSink)
        {
            int pick = _random.Next(allowSink ? 24 : 6);
            string v = Next("v");
            switch (pick)
            {
                case 0:
                    Open($"foreach (var line{v} in order.Lines)");
                    Line($"result += line{v}.Quantity;");
                    Line($"if (line{v}.Price > 100m) {{ result++; }}");
                    Close();
                    break;
                case 1:
                    Line($"var {v} = order.Lines.Where(l => l.Quantity > 1).Select(l => l.Sku).ToList();");
                    Line($"result += {v}.Count;");
                    break;
                case 2:
                    Open($"switch (result % 4)");
                    Line("case 0: result += 3; break;");
                    Line("case 1: result -= 1; break;");
                    Line("default: result *= 2; break;");
                    Close();
                    break;
                case 3:
                    Line($"var {v} = new StringBuilder();");
                    Line($"{v}.Append(order.Id).Append(':').Append(order.Lines.Count);");
                    Line($"result += {v}.Length;");
                    break;
                case 4:
                    Open("if (customer.IsActive && customer.LoyaltyPoints > 10)");
                    Line("customer.LoyaltyPoints -= 10;");
                    Line("result += 10;");
                    Close();
                    break;
                case 5:
                    Line("// edit here");
                    Line($"int {v} = result * 7 + order.Lines.Count;");
                    Line($"result = {v} % 1000;");
                    break;
                case 6:
                    Line("_logger.LogInformation(\"Customer {CustomerId} has {Points} points\", customer.Id, customer.LoyaltyPoints);");
                    break;
                case 7:
                    Line("_logger.LogInformation(\"Updated {Email}\", Masks.MaskEmail(customer.Email));");
                    break;
                case 8:
                    Open("if (_consents.Has(customer.Id, ConsentPurpose.Diagnostics))");
                    Line("_logger.LogDebug(\"Support view for {Name} <{Email}>\", customer.FullName, customer.Email);");
                    Close();
                    break;
                case 9:
                    Line($"var {v} = customer.Email.Trim().ToLowerInvariant();");
                    Line($"var text{v} = $\"Contact: {{{v}}} ({{customer.Id}})\";");
                    if (Chance(50))
                    {
                        Line($"_logger.LogInformation(text{v});");
                    }
                    else
                    {
                        Open($"if (_consents.Has(customer.Id, ConsentPurpose.Diagnostics) && result >= 0)");
                        Line($"_logger.LogInformation(text{v});");
                        Close();
                    }

                    break;
                case 10:
                    Line("Serilog.Log.Information(\"Order {OrderId} ships to {@Address}\", order.Id, order.Buyer.Home);");
                    break;
                case 11:
                    Line($"bool ok{v} = _consents.Has(customer.Id, ConsentPurpose.Transfer);");
                    Open($"if (ok{v})");
                    Line($"var {v} = System.Text.Json.JsonSerializer.Serialize(new CustomerDto {{ Id = customer.Id, Email = customer.Email }});");
                    Line($"result += {v}.Length;");
                    Close();
                    break;
                case 12:
                    Line($"var {v} = Newtonsoft.Json.JsonConvert.SerializeObject(new CustomerDto {{ Id = customer.Id, Email = customer.Email }});");
                    Line($"result += {v}.Length;");
                    break;
                case 13:
                    Line("_crm.Track(new { customer.Id, customer.LoyaltyPoints });");
                    break;
                case 14:
                    Open("if (_consents.Has(customer.Id, ConsentPurpose.ThirdPartySharing))");
                    Line("_crm.Track(new { customer.Id, customer.Email });");
                    Close();
                    break;
                case 15:
                    Line("_crm.Track(new { customer.Email, customer.FullName });");
                    break;
                case 16:
                    Open("if (order.Lines.Count > 500)");
                    Line("throw new InvalidOperationException($\"Too many lines for {customer.Email}\");");
                    Close();
                    break;
                case 17:
                    Open("if (order.Lines.Count > 600)");
                    Line("throw new InvalidOperationException($\"Too many lines for customer {customer.Id}\");");
                    Close();
                    break;
                case 18:
                    Line("_audit.Write(\"Viewed \" + customer.Id);");
                    break;
                case 19:
                    Line("_audit.Write(\"Viewed \" + customer.FullName);");
                    break;
                case 20:
                    Line($"var {v} = new CustomerRegistered(customer.Id, customer.Email, DateTimeOffset.UnixEpoch);");
                    Line($"_logger.LogDebug(\"Event {{Event}}\", {v});");
                    break;
                case 21:
                    Line("others.ForEach(o => _logger.LogTrace(\"Related {Id}\", o.Id));");
                    break;
                case 22:
                    Line("_consents.Demand(customer.Id, ConsentPurpose.Diagnostics);");
                    Line("_logger.LogInformation(\"Phone {Phone}\", customer.Phone);");
                    break;
                default:
                    Line($"var {v} = new OrderTotals(order.Id, order.Total, order.Lines.Count);");
                    Line($"_logger.LogInformation(\"Totals {{Totals}}\", {v});");
                    break;
            }
        }

        /// <summary>Business logic over the models without any sink.</summary>
        private string ServiceWithoutSinks(string name)
        {
            Open($"public sealed class {name}");
            Line("private readonly Dictionary<string, decimal> _prices = new Dictionary<string, decimal>();");
            for (int m = 0; m < 6; m++)
            {
                Line();
                Open($"public decimal Quote{m}(Customer customer, Order order, List<Customer> others)");
                Line("int result = 0;");
                Line("decimal total = 0m;");
                Open("foreach (var line in order.Lines)");
                Line("total += _prices.TryGetValue(line.Sku, out var price) ? price * line.Quantity : line.Price * line.Quantity;");
                Close();
                for (int s = 0; s < 3; s++)
                {
                    Statement(allowSink: false);
                }

                Line("var label = customer.FullName.Length > 10 ? customer.FullName.Substring(0, 10) : customer.FullName;");
                Line("result += label.Length;");
                Line($"return total * (1m - customer.LoyaltyPoints / 10_000m) + result;");
                Close();
            }

            Close();
            Line();
            return name;
        }

        /// <summary>Consent established at the top, sinks at the bottom of ten levels of loops, ifs and try blocks.</summary>
        private string DeepNesting(string name)
        {
            Open($"public sealed class {name}");
            ServiceFields(name);
            for (int m = 0; m < 3; m++)
            {
                Line();
                Open($"public int Run{m}(Customer customer, Order order, List<Customer> others)");
                Line("int result = 0;");
                if (m != 2)
                {
                    Line("if (!_consents.Has(customer.Id, ConsentPurpose.Diagnostics)) { return -1; }");
                }

                int depth = 10;
                for (int d = 0; d < depth; d++)
                {
                    switch (d % 5)
                    {
                        case 0: Open($"for (int i{d} = 0; i{d} < order.Lines.Count; i{d}++)"); break;
                        case 1: Open($"if (order.Lines[i{d - 1}].Quantity > {d})"); break;
                        case 2: Open("try"); break;
                        case 3: Open($"while (result < {100 * (d + 1)})"); break;
                        default: Open($"foreach (var other{d} in others)"); break;
                    }

                    Line($"result += {d};");
                }

                Line("_logger.LogInformation(\"Deep {Email} {Result}\", customer.Email, result);");
                Line("Statistics0(customer, result);");
                for (int d = depth - 1; d >= 0; d--)
                {
                    if (d % 5 == 3)
                    {
                        Line("result++;");
                    }

                    Close();
                    if (d % 5 == 2)
                    {
                        Open("catch (InvalidOperationException e)");
                        Line("_logger.LogWarning(e, \"Step failed for {CustomerId}\", customer.Id);");
                        Close();
                    }
                }

                Line("return result;");
                Close();
            }

            Line();
            Line("private static void Statistics0(Customer customer, int result) => Console.WriteLine(customer.Id + \": \" + result);");
            Close();
            Line();
            return name;
        }

        /// <summary>Code that has nothing to do with personal data: parsing, formatting, arithmetic.</summary>
        private string PlainCode(string name)
        {
            Open($"public static class {name}");
            for (int m = 0; m < 7; m++)
            {
                Line();
                Open($"public static string Normalize{m}(string input, int width)");
                Line("var builder = new StringBuilder(input.Length);");
                Open("for (int i = 0; i < input.Length; i++)");
                Line("char c = input[i];");
                Open("if (char.IsWhiteSpace(c))");
                Line("if (builder.Length > 0 && builder[builder.Length - 1] != ' ') { builder.Append(' '); }");
                Close();
                Open("else if (char.IsLetterOrDigit(c))");
                Line("builder.Append(char.ToLowerInvariant(c));");
                Close();
                Close();
                Line("var text = builder.ToString().Trim();");
                Line($"Console.WriteLine(\"Normalized {{0}} characters\", text.Length + {m});");
                Line("return text.Length > width ? text.Substring(0, width) : text.PadRight(width);");
                Close();
            }

            Close();
            Line();
            return name;
        }

        /// <summary>Sharing with partners and exports: third parties, [RequiresConsent], serializers, async.</summary>
        private string PartnerService(string name)
        {
            Open($"public sealed class {name}");
            ServiceFields(name);
            Line();
            Open("public async Task SyncAsync(Customer customer)");
            Open("if (_consents.Has(customer.Id, ConsentPurpose.ThirdPartySharing))");
            Line("await _crm.PushAsync(customer.FullName, customer.Email);");
            Close();
            Line("await _crm.PushAsync(Masks.Pseudonym(customer.FullName), Masks.MaskEmail(customer.Email));");
            Close();
            Line();
            Open("public string ExportOne(Customer customer)");
            Line("_consents.Demand(customer.Id, ConsentPurpose.Transfer);");
            Line("return Export.ToPartnerFormat(new { customer.Id, customer.Email });");
            Close();
            Line();
            Open("public async Task<int> LeakyAsync(Customer customer, Order order)");
            if (Chance(50))
            {
                Line("await _crm.PushAsync(customer.FullName, \"\");");
            }
            else
            {
                Line("await _crm.PushAsync(Masks.Pseudonym(customer.FullName), \"\");");
            }

            Line("var payload = Export.ToPartnerFormat(new { order.Id, order.Lines.Count });");
            Line("return payload.Length;");
            Close();
            Line();
            Open("public bool Allowed(Customer customer)");
            if (Chance(30))
            {
                Line("_consents.Has(customer.Id, ConsentPurpose.Marketing);");
            }

            Line("return _consents.MarketingAllowed;");
            Close();
            for (int m = 0; m < 3; m++)
            {
                Line();
                Open($"public int Handle{m}(Customer customer, Order order, List<Customer> others)");
                Line("int result = 0;");
                for (int s = 0; s < 5; s++)
                {
                    Statement(allowSink: true);
                }

                Line("return result;");
                Close();
            }

            Close();
            Line();
            return name;
        }
    }
}
