using System.Threading.Tasks;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.PII001;

/// <summary>A type whose own <c>ToString</c> override prints personal data shows it wherever it is printed.</summary>
public class OwnToStringTests
{
    private const string Usings = "using System; using System.Collections.Generic; using Microsoft.Extensions.Logging; using PiiAnalyzers;\n";

    private const string Models = """

        public class Member
        {
            public int Id { get; set; }
            [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = "";
            public override string ToString() => $"{Name} (#{Id})";
        }

        public class Premium : Member { }

        public class Booking
        {
            public int Id { get; set; }
            public Member Guest { get; set; } = new();
            public override string ToString()
            {
                if (Id == 0) { return "Booking (new)"; }
                return "Booking for " + Guest;
            }
        }

        public class Room
        {
            public int Number { get; set; }
            [PersonalData(PersonalDataKind.Name)] public string Occupant { get; set; } = "";
            public override string ToString() => "Room " + Number + " (" + Occupant.Length + " letters)";
        }

        public class Mirror { public override string ToString() => "Mirror of " + this; }

        public record Tagged(int Id, [PersonalData(PersonalDataKind.Name)] string Name)
        {
            public override string ToString() => $"#{Id} {Name}";
        }

        public record Numbered(int Id, [PersonalData(PersonalDataKind.Name)] string Name)
        {
            public override string ToString() => $"#{Id}";
        }

        public class Masked
        {
            [PersonalData(PersonalDataKind.Name)] public string Name { get; set; } = "";
            public override string ToString() => Redact.Mask(Name);
        }
        """;

    [Fact]
    public Task WhatTheOverrideReturns_IsWhatTheObjectShows() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Member member, Premium premium, Booking booking, List<Member> members, Tagged tagged)
            {
                logger.LogInformation("{M}", {|#0:member|});
                logger.LogInformation($"Hello {{|#1:member|}}");
                logger.LogInformation({|#2:member.ToString()|});
                logger.LogInformation("{P}", {|#3:premium|});
                logger.LogInformation("{B}", {|#4:booking|});
                logger.LogInformation("{L}", {|#5:members|});
                logger.LogInformation("{I}", member.Id);
                logger.LogInformation("{T}", {|#6:tagged|});
            }
        }
        """ + Models,
        Pii001.At(0, "Member.Name", "Name", "LogInformation"),
        Pii001.At(1, "Member.Name", "Name", "LogInformation"),
        Pii001.At(2, "Member.Name", "Name", "LogInformation"),
        Pii001.At(3, "Member.Name", "Name", "LogInformation"),
        Pii001.At(4, "Member.Name", "Name", "LogInformation"),
        Pii001.At(5, "Member.Name", "Name", "LogInformation"),
        Pii001.At(6, "Tagged.Name", "Name", "LogInformation"));

    [Fact]
    public Task OverridesThatPrintNoPersonalData_AreFine() => Pii001.VerifyAsync(Usings + """
        class C
        {
            void M(ILogger logger, Room room, Mirror mirror, Masked masked, Numbered numbered)
            {
                logger.LogInformation("{N}", numbered);
                logger.LogInformation("{R}", room);
                logger.LogInformation("{M}", mirror);
                logger.LogInformation("{M}", masked);
            }
        }
        """ + Models);
}
