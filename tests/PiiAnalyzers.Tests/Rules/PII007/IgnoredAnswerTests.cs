using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII007;

/// <summary>Where PII007 reports: the answer of a bool or async-bool consent check is thrown away.</summary>
public class IgnoredAnswerTests
{
    [Fact]
    public Task CheckCalledAsAStatement() => Pii007.VerifyAsync("""
        class C
        {
            void M(Consents consents, Customer customer)
            {
                {|#0:consents.Has(customer, ConsentPurpose.Marketing)|};
                Send(customer);
            }

            void Send(Customer customer) { }
        }
        """, Pii007.At(0, "Has"));

    [Fact]
    public Task AwaitedCheckAsAStatement() => Pii007.VerifyAsync("""
        class C
        {
            async Task M(Consents consents, Customer customer)
            {
                await {|#0:consents.HasAsync(customer, ConsentPurpose.Marketing)|};
                await {|#1:consents.HasNowAsync(customer, ConsentPurpose.Marketing)|};
                await {|#2:consents.HasAsync(customer, ConsentPurpose.Marketing)|}.ConfigureAwait(false);
                await {|#3:consents.HasNowAsync(customer, ConsentPurpose.Marketing)|}.ConfigureAwait(false);
            }
        }
        """, Pii007.At(0, "HasAsync"), Pii007.At(1, "HasNowAsync"), Pii007.At(2, "HasAsync"), Pii007.At(3, "HasNowAsync"));

    [Fact]
    public Task AsyncCheckNotAwaited() => Pii007.VerifyAsync("""
        class C
        {
            void M(Consents consents, Customer customer)
            {
                {|#0:consents.HasAsync(customer, ConsentPurpose.Marketing)|};
                {|#1:consents.HasNowAsync(customer, ConsentPurpose.Marketing)|};
            }
        }
        """, Pii007.At(0, "HasAsync"), Pii007.At(1, "HasNowAsync"));

    [Fact]
    public Task CheckAssignedToADiscard() => Pii007.VerifyAsync("""
        class C
        {
            async Task M(Consents consents, Customer customer)
            {
                _ = {|#0:consents.Has(customer, ConsentPurpose.Marketing)|};
                _ = await {|#1:consents.HasAsync(customer, ConsentPurpose.Marketing)|};
                _ = {|#2:consents.HasAsync(customer, ConsentPurpose.Marketing)|};
                _ = await {|#3:consents.HasNowAsync(customer, ConsentPurpose.Marketing)|}.ConfigureAwait(false);
            }
        }
        """, Pii007.At(0, "Has"), Pii007.At(1, "HasAsync"), Pii007.At(2, "HasAsync"), Pii007.At(3, "HasNowAsync"));

    [Fact]
    public Task StaticCheckIsNamedWithItsType() => Pii007.VerifyAsync("""
        class C
        {
            void M(Customer customer)
            {
                {|#0:Consents.Given(customer, ConsentPurpose.Marketing)|};
                _ = {|#1:Consents.Given(customer, ConsentPurpose.Analytics)|};
            }
        }
        """, Pii007.At(0, "Consents.Given"), Pii007.At(1, "Consents.Given"));

    [Fact]
    public Task ExtensionCheckIsNamedAsWritten() => Pii007.VerifyAsync("""
        class C
        {
            void M(Customer customer)
            {
                {|#0:customer.Allows(ConsentPurpose.Marketing)|};
                {|#1:ConsentExtensions.Allows(customer, ConsentPurpose.Marketing)|};
            }
        }
        """, Pii007.At(0, "Allows"), Pii007.At(1, "Allows"));

    [Fact]
    public Task CheckWithTheAttributesPurpose() => Pii007.VerifyAsync("""
        class C
        {
            void M(Consents consents, Customer customer) => {|#0:consents.MayMarket(customer)|};
        }
        """, Pii007.At(0, "MayMarket"));

    [Fact]
    public Task CheckInheritedFromAnInterface() => Pii007.VerifyAsync("""
        class C
        {
            void M(IConsentStore store, ConsentStore concrete, Customer customer)
            {
                {|#0:store.Has(customer, ConsentPurpose.Marketing)|};
                {|#1:concrete.Has(customer, ConsentPurpose.Marketing)|};
            }
        }
        """, Pii007.At(0, "Has"), Pii007.At(1, "Has"));

    [Fact]
    public Task NullConditionalCheckIsReportedWhole() => Pii007.VerifyAsync("""
        class C
        {
            void M(Consents? consents, Customer customer)
            {
                {|#0:consents?.Has(customer, ConsentPurpose.Marketing)|};
                _ = {|#1:consents?.Has(customer, ConsentPurpose.Analytics)|};
            }
        }
        """, Pii007.At(0, "Has"), Pii007.At(1, "Has"));

    [Fact]
    public Task ExpressionBodiesThatReturnNothing() => Pii007.VerifyAsync("""
        class C
        {
            void M(Consents consents, Customer customer) => {|#0:consents.Has(customer, ConsentPurpose.Marketing)|};

            async Task MAsync(Consents consents, Customer customer) => await {|#1:consents.HasAsync(customer, ConsentPurpose.Marketing)|};

            void Later(Consents consents, Customer customer)
            {
                Action check = () => {|#2:consents.Has(customer, ConsentPurpose.Marketing)|};
                Func<Task> checkAsync = async () => await {|#3:consents.HasAsync(customer, ConsentPurpose.Marketing)|};
                void Local() => {|#4:consents.Has(customer, ConsentPurpose.Marketing)|};
                check();
                Local();
            }
        }
        """, Pii007.At(0, "Has"), Pii007.At(1, "HasAsync"), Pii007.At(2, "Has"), Pii007.At(3, "HasAsync"), Pii007.At(4, "Has"));

    [Fact]
    public Task CheckInLoopsAndSwitchSections() => Pii007.VerifyAsync("""
        class C
        {
            void M(Consents consents, Customer[] customers, int mode)
            {
                foreach (var customer in customers)
                {
                    {|#0:consents.Has(customer, ConsentPurpose.Marketing)|};
                }

                for (int i = 0; i < customers.Length; {|#1:consents.Has(customers[i], ConsentPurpose.Marketing)|}, i++)
                {
                }

                switch (mode)
                {
                    case 1:
                        {|#2:consents.Has(customers[0], ConsentPurpose.Analytics)|};
                        break;
                }
            }
        }
        """, Pii007.At(0, "Has"), Pii007.At(1, "Has"), Pii007.At(2, "Has"));
}
