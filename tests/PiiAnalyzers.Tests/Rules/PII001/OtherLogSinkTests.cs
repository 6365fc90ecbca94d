using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>PII001 on Serilog, NLog, Console, Debug/Trace/TraceSource and Activity.</summary>
public class OtherLogSinkTests
{
    private const string Usings = "using System; using System.Diagnostics; using PiiAnalyzers; using Shop;\n";

    [Fact]
    public Task SerilogStaticAndInstanceLoggersAreSinks() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(Serilog.ILogger log, Customer customer)
            {
                Serilog.Log.Information("Registered {Email}", {|#0:customer.Email|});
                log.Warning("Registered {Email} {Id}", {|#1:customer.Email|}, customer.Id);
                log.Write(Serilog.Events.LogEventLevel.Error, "Failed {Phone}", {|#2:customer.Phone|});
                Serilog.Log.Information("{0} {1}", customer.Id, {|#3:customer.Name|});
                Serilog.Log.Information("Registered {Id}", customer.Id);
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "Log.Information"),
        Pii001.At(1, "Customer.Email", "Email", "Warning"),
        Pii001.At(2, "Customer.Phone", "Phone", "Write"),
        Pii001.At(3, "Customer.Name", "Name", "Log.Information"));

    [Fact]
    public Task SerilogDestructuringWritesEveryPublicProperty() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(Serilog.ILogger log, Order order)
            {
                log.Information("Placed {@Order}", {|#0:order|});
                log.Information("Placed {Order}", order);
                log.Information("Placed {$Order}", order);
                log.ForContext("Order", {|#1:order|}, destructureObjects: true).Information("Placed");
                log.ForContext("Order", order).Information("Placed");
                Serilog.Context.LogContext.PushProperty("Email", {|#2:order.Buyer.Email|});
            }
        }
        """,
        Pii001.At(0, "Order.Buyer.Name", "Name", "Information"),
        Pii001.At(1, "Order.Buyer.Name", "Name", "ForContext"),
        Pii001.At(2, "Customer.Email", "Email", "LogContext.PushProperty"));

    [Fact]
    public Task DestructuringIgnoresSerializerAttributes_ASerializedStringHonoursItsSerializers() => Pii001.VerifyAsync(Usings + "using Microsoft.Extensions.Logging;\n" + """
        class C
        {
            void M(Serilog.ILogger log, ILogger logger, Profile profile)
            {
                log.Information("Saved {@Profile}", {|#0:profile|});
                logger.LogInformation("Saved {Json}", System.Text.Json.JsonSerializer.Serialize(profile));
                logger.LogInformation("Saved {Json}", Newtonsoft.Json.JsonConvert.SerializeObject({|#1:profile|}));
            }
        }

        public class Profile
        {
            public int Id { get; set; }
            [System.Text.Json.Serialization.JsonIgnore, PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
        }
        """,
        Pii001.At(0, "Profile.Email", "Email", "Information"),
        Pii001.At(1, "Profile.Email", "Email", "LogInformation"));

    [Fact]
    public Task SerilogDestructuringOfATypeWithoutPersonalDataIsFine() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(Serilog.ILogger log, OrderSummary summary) => log.Information("Placed {@Summary}", summary);
        }
        """);

    [Fact]
    public Task NLogIsASinkWithDestructuring() => Pii001.VerifyAsync(Usings + """
        class C
        {
            private static readonly NLog.Logger s_log = NLog.LogManager.GetCurrentClassLogger();

            void M(NLog.ILogger log, Customer customer, Order order, Exception error)
            {
                s_log.Info("Registered {Email}", {|#0:customer.Email|});
                s_log.Info({|#1:customer.Email|});
                log.Error(error, "Failed for {Name}", {|#2:customer.Name|});
                log.Debug("Placed {@Order}", {|#3:order|});
                log.Debug("Placed {Order}", order);
                s_log.Log(NLog.LogLevel.Warn, "Warn {Id}", customer.Id);
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "Info"),
        Pii001.At(1, "Customer.Email", "Email", "Info"),
        Pii001.At(2, "Customer.Name", "Name", "Error"),
        Pii001.At(3, "Order.Buyer.Name", "Name", "Debug"));

    [Fact]
    public Task ConsoleAndItsWritersAreSinks() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(Customer customer)
            {
                Console.WriteLine({|#0:customer.Email|});
                Console.Write("Hello " + {|#1:customer.Name|});
                Console.WriteLine("{0} {1}", customer.Id, {|#2:customer.Phone|});
                Console.Out.WriteLine({|#3:customer.Email|});
                Console.Error.Write({|#4:customer.Email|});
                Console.Out.WriteLine({|#5:customer.Phone ?? "no phone"|});
                Console.WriteLine(customer.Id);
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "Console.WriteLine"),
        Pii001.At(1, "Customer.Name", "Name", "Console.Write"),
        Pii001.At(2, "Customer.Phone", "Phone", "Console.WriteLine"),
        Pii001.At(3, "Customer.Email", "Email", "Console.Out.WriteLine"),
        Pii001.At(4, "Customer.Email", "Email", "Console.Error.Write"),
        Pii001.At(5, "Customer.Phone", "Phone", "Console.Out.WriteLine"));

    [Fact]
    public Task OtherTextWritersAreNotLogs() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(Customer customer, System.IO.TextWriter report) => report.WriteLine(customer.Email);
        }
        """);

    [Fact]
    public Task DebugTraceAndTraceSourceAreSinks() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(Customer customer, TraceSource source)
            {
                Debug.WriteLine({|#0:customer.Email|});
                Debug.WriteLineIf(customer.IsActive, $"Active {{|#1:customer.Name|}}");
                Trace.TraceInformation("Customer {0}", {|#2:customer.Email|});
                Trace.TraceWarning({|#3:customer.Name|});
                source.TraceEvent(TraceEventType.Information, 1, "Customer {0}", {|#4:customer.Email|});
                Debug.WriteLine(customer.Id);
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "Debug.WriteLine"),
        Pii001.At(1, "Customer.Name", "Name", "Debug.WriteLineIf"),
        Pii001.At(2, "Customer.Email", "Email", "Trace.TraceInformation"),
        Pii001.At(3, "Customer.Name", "Name", "Trace.TraceWarning"),
        Pii001.At(4, "Customer.Email", "Email", "TraceEvent"));

    [Fact]
    public Task ActivityTagValuesAreSinksButKeysAreNot() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(Activity activity, Customer customer)
            {
                activity.SetTag("user.email", {|#0:customer.Email|});
                activity.AddTag("user.name", {|#1:customer.Name|});
                activity.SetBaggage("user.phone", {|#2:customer.Phone|});
                activity.SetStatus(ActivityStatusCode.Error, "Failed for " + {|#3:customer.Email|});
                activity?.SetTag("user.id", customer.Id);
                Activity.Current?.SetTag("user.email", {|#4:customer.Email|});
            }
        }
        """,
        Pii001.At(0, "Customer.Email", "Email", "SetTag"),
        Pii001.At(1, "Customer.Name", "Name", "AddTag"),
        Pii001.At(2, "Customer.Phone", "Phone", "SetBaggage"),
        Pii001.At(3, "Customer.Email", "Email", "SetStatus"),
        Pii001.At(4, "Customer.Email", "Email", "SetTag"));
}
