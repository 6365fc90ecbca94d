using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII004;

/// <summary>Which constructor arguments are a message: <c>message</c>, never <c>paramName</c>; the project's own exceptions.</summary>
public class ExceptionTypeTests
{
    [Fact]
    public Task ParamNameIsNeverAMessage() => Pii004.VerifyAsync("""
        class C
        {
            void M(Customer customer, int mode)
            {
                if (mode == 1) throw new ArgumentNullException(customer.Email);
                if (mode == 2) throw new ArgumentException("Invalid e-mail", customer.Email);
                if (mode == 3) throw new ArgumentOutOfRangeException(customer.Name);
                if (mode == 4) throw new ArgumentException($"Invalid {{|#0:customer.Email|}}", nameof(customer));
                throw new ArgumentNullException(paramName: nameof(customer), message: {|#1:customer.Name|});
            }
        }
        """,
        Pii004.At(0, "Customer.Email", "Email", "ArgumentException"),
        Pii004.At(1, "Customer.Name", "Name", "ArgumentNullException"));

    [Fact]
    public Task ArgumentOutOfRangePrintsItsActualValue() => Pii004.VerifyAsync("""
        class C
        {
            void M(Customer customer)
            {
                throw new ArgumentOutOfRangeException(nameof(customer), {|#0:customer.BirthDate|}, "Too young");
            }
        }
        """, Pii004.At(0, "Customer.BirthDate", "DateOfBirth", "ArgumentOutOfRangeException"));

    [Fact]
    public Task TheProjectsOwnExceptions() => Pii004.VerifyAsync("""
        class C
        {
            void M(Customer customer, int mode)
            {
                if (mode == 1) throw new CustomerNotFoundException({|#0:customer.Email|});
                if (mode == 2) throw new OrderException(customer.Id.ToString(), $"Held for {{|#1:customer.Name|}}");
                if (mode == 3) throw new OrderException(customer.Email, "Held");
                if (mode == 4) throw new OrderException(customer.Email, 12);
                throw new CustomerNotFoundException(customer.Id, new Exception());
            }
        }
        """,
        Pii004.At(0, "Customer.Email", "Email", "CustomerNotFoundException"),
        Pii004.At(1, "Customer.Name", "Name", "OrderException"));

    [Fact]
    public Task ABaseConstructorCallIsNamedAfterTheExceptionBeingBuilt() => Pii004.VerifyAsync("""
        class DuplicateCustomerException : InvalidOperationException
        {
            public DuplicateCustomerException(Customer customer) : base($"Duplicate {{|#0:customer.Email|}}") { }
            public DuplicateCustomerException(Customer customer, int attempt) : this(customer) { }
            public DuplicateCustomerException(string message) : base(message) { }
        }

        class AuditException : Exception
        {
            public AuditException([PersonalData(PersonalDataKind.Name)] string name) : base("Audit of " + {|#1:name|}) { }
        }

        class BlockedException(Address address) : Exception($"Blocked: {{|#2:address|}}");
        """,
        Pii004.At(0, "Customer.Email", "Email", "DuplicateCustomerException"),
        Pii004.At(1, "name", "Name", "AuditException"),
        Pii004.At(2, "address", "PostalAddress", "BlockedException"));

    [Fact]
    public Task GenericAndNestedExceptionTypes() => Pii004.VerifyAsync("""
        class C
        {
            class Rejected<T> : Exception { public Rejected(T item, string message) : base(message) { } }

            void M(Customer customer)
            {
                throw new Rejected<int>(customer.Id, {|#0:customer.Email|});
            }
        }
        """, Pii004.At(0, "Customer.Email", "Email", "Rejected"));
}
