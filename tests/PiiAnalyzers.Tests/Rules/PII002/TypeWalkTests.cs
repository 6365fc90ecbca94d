using System.Threading.Tasks;
using Xunit;
using static PiiAnalyzers.Tests.Rules.PII002.Pii002;

namespace PiiAnalyzers.Tests.Rules.PII002;

/// <summary>
/// What a serialized object's type shows, walked through its members: nested objects, collections, dictionaries,
/// arrays, nullable values, generic arguments, cycles and anonymous objects, named by the path to the first
/// personal-data member the serializer writes.
/// </summary>
public class TypeWalkTests
{
    private const string Payloads = """

        namespace Payloads
        {
            using System.Collections.Generic;
            using PiiAnalyzers;

            public class Contact
            {
                public int Id { get; set; }
                [PersonalData(PersonalDataKind.Email)] public string Email { get; set; } = "";
            }

            public class Envelope
            {
                public int Id { get; set; }
                public Contact Sender { get; set; } = new();
            }

            public class Batch
            {
                public List<Contact> Contacts { get; set; } = new();
            }

            public class Archive
            {
                public string Title { get; set; } = "";
                public Contact[] Contacts { get; set; } = new Contact[0];
            }

            public class Stream2
            {
                public IEnumerable<Contact> Contacts { get; set; } = new List<Contact>();
            }

            public class AddressBook
            {
                public Dictionary<string, Contact> Entries { get; set; } = new();
            }

            public class Tally
            {
                public Dictionary<string, int> Counts { get; set; } = new();
                public List<string> Labels { get; set; } = new();
            }

            public class Page<T>
            {
                public int Number { get; set; }
                public List<T> Items { get; set; } = new();
            }

            public class Box<T>
            {
                public T Value { get; set; } = default!;
            }

            public struct Position
            {
                [PersonalData(PersonalDataKind.Location)] public double Latitude { get; set; }
            }

            public class Visit
            {
                public int Id { get; set; }
                public Position? Where { get; set; }
            }

            public class Node
            {
                public Node? Parent { get; set; }
                public List<Node> Children { get; set; } = new();
                public Contact? Owner { get; set; }
            }

            public class Tree
            {
                public Tree? Left { get; set; }
                public Tree? Right { get; set; }
                public int Value { get; set; }
            }

            public class Person
            {
                public Person? Partner { get; set; }
                [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = "";
            }
        }
        """;

    private static Task VerifyAsync(string source, params Harness.DiagnosticResult[] expected) =>
        Pii002.VerifyAsync(Usings + "using Payloads;\n" + source + Payloads, expected);

    [Fact]
    public Task NestedObjects_AreNamedByThePath() => VerifyAsync("""
        class C
        {
            void M(Envelope envelope, Order order)
            {
                Stj.JsonSerializer.Serialize({|#0:envelope|});
                Nsj.JsonConvert.SerializeObject({|#1:order|});
            }
        }
        """,
        At(0, "Envelope.Sender.Email", "Email", "JsonSerializer.Serialize"),
        At(1, "Order.Buyer.Name", "Name", "JsonConvert.SerializeObject"));

    [Fact]
    public Task CollectionsArraysAndDictionaries_AreWalkedElementByElement() => VerifyAsync("""
        class C
        {
            void M(Batch batch, Archive archive, Stream2 stream, AddressBook book, List<Contact> contacts, Dictionary<int, Contact> byId, Contact[] array)
            {
                Stj.JsonSerializer.Serialize({|#0:batch|});
                Stj.JsonSerializer.Serialize({|#1:archive|});
                Stj.JsonSerializer.Serialize({|#2:stream|});
                Stj.JsonSerializer.Serialize({|#3:book|});
                Stj.JsonSerializer.Serialize({|#4:contacts|});
                Nsj.JsonConvert.SerializeObject({|#5:byId|});
                Nsj.JsonConvert.SerializeObject({|#6:array|});
            }
        }
        """,
        At(0, "Batch.Contacts.Email", "Email", "JsonSerializer.Serialize"),
        At(1, "Archive.Contacts.Email", "Email", "JsonSerializer.Serialize"),
        At(2, "Stream2.Contacts.Email", "Email", "JsonSerializer.Serialize"),
        At(3, "AddressBook.Entries.Email", "Email", "JsonSerializer.Serialize"),
        At(4, "Contact.Email", "Email", "JsonSerializer.Serialize"),
        At(5, "Contact.Email", "Email", "JsonConvert.SerializeObject"),
        At(6, "Contact.Email", "Email", "JsonConvert.SerializeObject"));

    [Fact]
    public Task GenericArgumentsAndNullableValues_AreWalked() => VerifyAsync("""
        class C
        {
            void M(Page<Contact> contacts, Box<Envelope> boxed, Page<int> numbers, Box<Tally> tally, Visit visit, Position? position)
            {
                Stj.JsonSerializer.Serialize({|#0:contacts|});
                Stj.JsonSerializer.Serialize({|#1:boxed|});
                Stj.JsonSerializer.Serialize(numbers);
                Stj.JsonSerializer.Serialize(tally);
                Stj.JsonSerializer.Serialize({|#2:visit|});
                Stj.JsonSerializer.Serialize({|#3:position|});
            }
        }
        """,
        At(0, "Page.Items.Email", "Email", "JsonSerializer.Serialize"),
        At(1, "Box.Value.Sender.Email", "Email", "JsonSerializer.Serialize"),
        At(2, "Visit.Where.Latitude", "Location", "JsonSerializer.Serialize"),
        At(3, "Position.Latitude", "Location", "JsonSerializer.Serialize"));

    [Fact]
    public Task CyclicTypes_Terminate() => VerifyAsync("""
        class C
        {
            void M(Node node, Tree tree, Person person)
            {
                Stj.JsonSerializer.Serialize({|#0:node|});
                Nsj.JsonConvert.SerializeObject({|#1:node|});
                Stj.JsonSerializer.Serialize(tree);
                Nsj.JsonConvert.SerializeObject(tree);
                new Xml.XmlSerializer(typeof(Tree)).Serialize(System.Console.Out, tree);
                Stj.JsonSerializer.Serialize({|#2:person|});
            }
        }
        """,
        At(0, "Node.Owner.Email", "Email", "JsonSerializer.Serialize"),
        At(1, "Node.Owner.Email", "Email", "JsonConvert.SerializeObject"),
        At(2, "Person.Name", "Name", "JsonSerializer.Serialize"));

    [Fact]
    public Task AnonymousObjects_ShowWhatTheyAreBuiltFrom() => VerifyAsync("""
        class C
        {
            void M(Customer c, Contact contact)
            {
                Stj.JsonSerializer.Serialize({|#0:new { c.Id, c.Email }|});
                Nsj.JsonConvert.SerializeObject({|#1:new { Id = 1, Who = contact }|});
                Stj.JsonSerializer.Serialize(new { c.Id, c.IsActive, Total = 10m });
                Stj.JsonSerializer.Serialize(new { c.Id, Email = Redact.Mask(c.Email) });
            }
        }
        """,
        At(0, "Customer.Email", "Email", "JsonSerializer.Serialize"),
        At(1, "Who.Email", "Email", "JsonConvert.SerializeObject"));

    [Fact]
    public Task InheritedMembers_AreWrittenUnderTheSerializedType() => VerifyAsync("""
        public class Base { [PersonalData(PersonalDataKind.Phone)] public string Phone { get; set; } = ""; }
        public class Derived : Base { public int Level { get; set; } }

        class C
        {
            void M(Derived derived) => Stj.JsonSerializer.Serialize({|#0:derived|});
        }
        """,
        At(0, "Derived.Phone", "Phone", "JsonSerializer.Serialize"));
}
