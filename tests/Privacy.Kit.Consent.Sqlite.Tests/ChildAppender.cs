using Privacy.Kit.Tests.Consent;
using System.Globalization;
using Privacy.Kit.Consent;
using Privacy.Kit.Consent.Sqlite;

namespace Privacy.Kit.Consent.Sqlite.Tests;

/// <summary>
/// The child process of the durability test: appends to a ledger until it is killed and prints one line per
/// acknowledged append ("subject sequence hash"), written only after <see cref="SqliteConsentLedger.Append"/> returned.
/// </summary>
internal static class ChildAppender
{
    public const string Command = "append-until-killed";

    public static int Main(string[] args)
    {
        if (args is not [Command, var path, var writers])
        {
            Console.Error.WriteLine($"usage: {Command} DB WRITERS");
            return 2;
        }

        // The faster of the two modes: it must already keep every acknowledged append when the process is killed.
        using var ledger = SqliteConsentLedger.Open(path, SampleLedger.Pseudonymizer, new SqliteConsentLedgerOptions { Durability = SqliteDurability.ProcessCrash });
        var output = TextWriter.Synchronized(Console.Out);
        var threads = new Thread[int.Parse(writers, CultureInfo.InvariantCulture)];
        for (var w = 0; w < threads.Length; w++)
        {
            var subject = SampleLedger.Subject(w);
            threads[w] = new Thread(() =>
            {
                for (var i = 0; ; i++)
                {
                    var record = ledger.Append(subject, SampleLedger.Event(i));
                    output.WriteLine($"{record.Subject} {record.Sequence} {record.Hash}");
                    output.Flush();
                }
            });
            threads[w].Start();
        }

        threads[0].Join();
        return 0;
    }
}
