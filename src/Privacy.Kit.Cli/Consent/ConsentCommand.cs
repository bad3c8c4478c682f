using System.CommandLine;
using Privacy.Kit.Consent;
using static Privacy.Kit.Cli.Consent.ConsentOptions;

namespace Privacy.Kit.Cli.Consent;

/// <summary>
/// <c>privacy-kit consent grant|withdraw|object|customer|check|proof|verify</c>: a consent ledger in a SQLite
/// file or a PostgreSQL database (<c>--db</c> as <see cref="LedgerLocation"/> reads it). Exit codes: 0 success (and allowed), 1 denied (<c>check</c>) or a broken chain (<c>proof</c>,
/// <c>verify</c>), 2 bad input (one line on standard error, nothing written).
/// </summary>
internal static class ConsentCommand
{
    public static Command Create(TimeProvider? timeProvider = null)
    {
        var clock = timeProvider ?? TimeProvider.System;
        var consent = new Command("consent", "Keep a provable consent ledger and decide whether a contact is allowed.");
        consent.Subcommands.Add(Writer("grant", "Record that the person gave consent for a purpose on a channel.", clock,
            [Purpose, Channel, At, ValidUntil, Method, LegalEntity],
            (result, now) => new ConsentGiven
            {
                OccurredAt = result.Moment(At) ?? now,
                Purpose = result.RequiredTerm<ContactPurpose>(Purpose, ConsentVocabulary.TryParse),
                Channel = result.RequiredTerm<ContactChannel>(Channel, ConsentVocabulary.TryParse),
                LegalEntity = result.Entity(),
                CollectionMethod = result.Optional(Method),
                ValidUntil = result.Moment(ValidUntil),
            }));
        consent.Subcommands.Add(Writer("withdraw", "Record that the person withdrew consent for a purpose on a channel.", clock,
            [Purpose, Channel, At, LegalEntity],
            (result, now) => new ConsentWithdrawn
            {
                OccurredAt = result.Moment(At) ?? now,
                Purpose = result.RequiredTerm<ContactPurpose>(Purpose, ConsentVocabulary.TryParse),
                Channel = result.RequiredTerm<ContactChannel>(Channel, ConsentVocabulary.TryParse),
                LegalEntity = result.Entity(),
            }));
        consent.Subcommands.Add(Writer("object", "Record that the person objected to direct marketing (all channels).", clock,
            [At],
            (result, now) => new ObjectionRecorded { OccurredAt = result.Moment(At) ?? now, Method = "privacy-kit consent object" }));
        consent.Subcommands.Add(Writer("customer", "Record a customer relationship (start and, when it ended, end).", clock,
            [Since, Until, LegalEntity],
            (result, _) =>
            {
                var since = result.Moment(Since) ?? throw new ConsentUsageException($"{Since.Name} is required.");
                return new CustomerRelationshipRecorded { OccurredAt = since, Since = since, Until = result.Moment(Until), LegalEntity = result.Entity() };
            }));
        consent.Subcommands.Add(Check(clock));
        consent.Subcommands.Add(Reader(
            "proof",
            "Print every event, decision and hash of a person with inclusion proofs (JSON, or --format text); with --digest, proven against that digest so the document can be checked alone. Exit 1 when the person has no history or the evidence is broken.",
            clock, [Subject, SubjectKind, Region, DigestFile, Format], Proof));
        consent.Subcommands.Add(Link(clock));
        consent.Subcommands.Add(Define(
            "migrate",
            "Copy a format 1 ledger (unkeyed chains) into a new file of the current format, after checking its chains; the old file is only read.",
            [Database, OutputFile],
            result => MigrateCommand.Run(result.Required(Database), result.Required(OutputFile), clock, result.InvocationConfiguration.Output)));
        consent.Subcommands.Add(Reader(
            "audit",
            "Check the calls a contact center placed (CSV with time and subject; optional purpose, channel, jurisdiction, caller_sector, legal_entity) against the ledger as it stood at each call; read-only. Exit 1 when any call was not allowed.",
            clock, [CallsFile, Format, Region, SubjectKind, DoNotCallFile], Audit, readOnly: true));
        consent.Subcommands.Add(Verify(clock));
        consent.Subcommands.Add(Reader(
            "digest",
            "Write a signed digest of the whole ledger (entry count, Merkle root, time, ledger id); keep it where the ledger's operator cannot change it.",
            clock, [SigningKey, OutputFile], Digest));
        return consent;
    }

    private static Command Writer(string name, string description, TimeProvider clock, Option[] options, Func<ParseResult, DateTimeOffset, ConsentEvent> read) =>
        Define(name, description, [Database, Subject, SubjectKind, Region, .. options], result =>
        {
            // Every value is read and checked before anything touches the disk.
            var database = result.Required(Database);
            var subject = result.SubjectId();
            var consentEvent = read(result, clock.GetUtcNow());
            Validate(consentEvent);
            var location = ConsentKey.Location(database);
            if (!location.IsPostgreSql)
            {
                RequireFolder(database);
            }

            var output = result.InvocationConfiguration.Output;
            using var pseudonymizer = ConsentKey.Resolve(location, mayCreate: !location.MayExist);
            using var ledger = location.Open(pseudonymizer, create: true, clock);
            var record = new ConsentService(ledger, pseudonymizer, clock).Record(subject, consentEvent);
            output.WriteLine($"recorded {record.Event.Kind} #{record.Sequence} for subject {record.Subject} (hash {record.Hash})");
            return ExitCodes.Ok;
        });

    private static Command Check(TimeProvider clock) =>
        Define("check", "Decide whether a contact is allowed, store the decision as evidence and print it as JSON (exit 0 allowed, 1 denied).",
            [Database, Subject, SubjectKind, Region, Purpose, Channel, At, JurisdictionCode, Sector, LegalEntity, DoNotCallFile],
            result =>
            {
                var database = result.Required(Database);
                var request = new ContactRequest
                {
                    Subject = result.SubjectId(),
                    Purpose = result.RequiredTerm<ContactPurpose>(Purpose, ConsentVocabulary.TryParse),
                    Channel = result.RequiredTerm<ContactChannel>(Channel, ConsentVocabulary.TryParse),
                    At = result.Moment(At),
                    Jurisdiction = result.Term(JurisdictionCode, Jurisdiction.Netherlands, ConsentVocabulary.TryParse),
                    Caller = new Caller(result.Entity(), result.Term(Sector, CallerSector.Commercial, ConsentVocabulary.TryParse)),
                };
                var options = new ContactRuleOptions { DoNotCallMe = ReadDoNotCallList(result.Optional(DoNotCallFile)) };
                return WithLedger(result, database, clock, (ledger, pseudonymizer, output) =>
                {
                    var decision = new ConsentService(ledger, pseudonymizer, clock, options).Decide(request);
                    output.WriteLine(decision.ToJson());
                    return decision.Allowed ? ExitCodes.Ok : ExitCodes.Finding;
                });
            });

    private static Command Reader(string name, string description, TimeProvider clock, Option[] options, Func<ParseResult, ConsentLedger, SubjectPseudonymizer, TimeProvider, TextWriter, int> run, bool readOnly = false) =>
        Define(name, description, [Database, .. options], result =>
        {
            var database = result.Required(Database);
            return WithLedger(result, database, clock, (ledger, pseudonymizer, output) => run(result, ledger, pseudonymizer, clock, output), readOnly);
        });

    private static Command Link(TimeProvider clock)
    {
        var subjects = new Option<string[]>("--subject")
        {
            Description = "An identifier of the person (give two or more): e-mail, phone number or customer id, read as for the other commands.",
            HelpName = "ID",
            Arity = ArgumentArity.ZeroOrMore,
        };
        return Define("link", "Record that identifiers belong to one person: an objection or withdrawal under any of them applies to all; consent stays with its identifier.",
            [Database, subjects, SubjectKind, Region, At, Method], result =>
            {
                var database = result.Required(Database);
                var ids = (result.GetValue(subjects) ?? []).Select(text => result.SubjectId(text)).Distinct().ToList();
                if (ids.Count < 2)
                {
                    throw new ConsentUsageException("--subject: give two or more different identifiers to link.");
                }

                var at = result.Moment(At);
                var location = ConsentKey.Location(database);
                if (!location.IsPostgreSql)
                {
                    RequireFolder(database);
                }

                using var pseudonymizer = ConsentKey.Resolve(location, mayCreate: !location.MayExist);
                using var ledger = location.Open(pseudonymizer, create: true, clock);
                var records = new ConsentService(ledger, pseudonymizer, clock).Link(ids, at, result.Optional(Method));
                result.InvocationConfiguration.Output.WriteLine($"linked {records.Count} identifiers: " + string.Join(", ", records.Select(r => r.Subject.ToString())));
                return ExitCodes.Ok;
            });
    }

    private static int Audit(ParseResult result, ConsentLedger ledger, SubjectPseudonymizer pseudonymizer, TimeProvider clock, TextWriter output)
    {
        var calls = result.Required(CallsFile);
        if (!File.Exists(calls))
        {
            throw new ConsentUsageException($"--calls: '{calls}' does not exist.");
        }

        var text = result.Optional(Format) switch
        {
            null or "json" => false,
            "text" => true,
            var other => throw new ConsentUsageException($"--format: unknown value '{other}'; expected json|text."),
        };
        var options = new ContactRuleOptions { DoNotCallMe = ReadDoNotCallList(result.Optional(DoNotCallFile)) };
        return AuditCommand.Run(calls, result.RegionCode(), result.Kind(), ledger, pseudonymizer, options, text, output);
    }

    /// <summary>Checks an event before anything touches the disk: bad input is exit 2, never a stored half-event.</summary>
    private static void Validate(ConsentEvent consentEvent)
    {
        try
        {
            consentEvent.Validate();
        }
        catch (ArgumentException e)
        {
            throw new ConsentUsageException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static int Proof(ParseResult result, ConsentLedger ledger, SubjectPseudonymizer pseudonymizer, TimeProvider clock, TextWriter output)
    {
        var subject = result.SubjectId();
        var digest = result.Optional(DigestFile) is { } digestFile ? ReadDigest(digestFile) : null;
        var text = result.Optional(Format) switch
        {
            null or "json" => false,
            "text" => true,
            var other => throw new ConsentUsageException($"--format: unknown value '{other}'; expected json|text."),
        };
        var proof = new ConsentService(ledger, pseudonymizer, clock).Proof(subject, digest);
        if (proof.Entries.Count == 0 && proof.IsIntact)
        {
            result.InvocationConfiguration.Error.WriteLine("privacy-kit consent proof: no history for this subject.");
            return ExitCodes.Finding;
        }

        output.WriteLine(text ? ProofText.Write(proof) : proof.ToJson());
        return proof.IsIntact ? ExitCodes.Ok : ExitCodes.Finding;
    }

    private static Command Verify(TimeProvider clock) =>
        Define(
            "verify",
            "Check every chain and the ledger as a whole (edits, reordering, gaps); with --digest and --public-key also that nothing the digest covers was changed, deleted or rolled back. With --proof and --public-key, check one person's proof alone. Exit 1 and say what is wrong.",
            [VerifiedDatabase, DigestFile, PublicKey, ProofFile],
            result =>
            {
                var output = result.InvocationConfiguration.Output;
                var digestFile = result.Optional(DigestFile);
                var publicKeyFile = result.Optional(PublicKey);
                if ((digestFile ?? result.Optional(ProofFile)) is not null && publicKeyFile is null)
                {
                    throw new ConsentUsageException($"{DigestFile.Name} and {ProofFile.Name} need {PublicKey.Name}.");
                }

                if (result.Optional(ProofFile) is { } proofFile)
                {
                    using var key = ReadKey(publicKeyFile!, PublicKey, LedgerDigest.ReadPublicKey);
                    var problems = ConsentProof.Check(ReadFile(proofFile, ProofFile), key);
                    foreach (var problem in problems)
                    {
                        output.WriteLine("broken: " + problem);
                    }

                    output.WriteLine(problems.Count == 0 ? "intact: the proof's entries are in the ledger the signed digest covers" : "BROKEN: the proof does not hold");
                    return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Finding;
                }

                if (publicKeyFile is not null && digestFile is null)
                {
                    throw new ConsentUsageException($"{PublicKey.Name} needs {DigestFile.Name} or {ProofFile.Name}.");
                }

                var digest = digestFile is null ? null : ReadDigest(digestFile);
                using var publicKey = publicKeyFile is null ? null : ReadKey(publicKeyFile, PublicKey, LedgerDigest.ReadPublicKey);
                return WithLedger(result, result.Required(VerifiedDatabase), clock, (ledger, _, _) =>
                {
                    var verification = digest is null ? ledger.VerifyAll() : ledger.VerifyAgainst(digest, publicKey!);
                    foreach (var problem in verification.Problems)
                    {
                        output.WriteLine("broken: " + problem);
                    }

                    foreach (var broken in verification.Broken)
                    {
                        output.WriteLine($"broken: subject {broken.Subject} at entry {broken.BrokenAt}: {broken.Problem}");
                    }

                    var against = digest is null ? string.Empty : $", checked against the digest of {digest.CreatedAt:O} ({digest.TreeSize} entries)";
                    output.WriteLine($"{(verification.IsIntact ? "intact" : "BROKEN")}: {verification.Subjects} subjects, {verification.Entries} entries, {verification.Broken.Count} broken chains{against}");
                    return verification.IsIntact ? ExitCodes.Ok : ExitCodes.Finding;
                }, readOnly: true);
            });

    private static int Digest(ParseResult result, ConsentLedger ledger, SubjectPseudonymizer pseudonymizer, TimeProvider clock, TextWriter output)
    {
        using var key = ReadKey(result.Required(SigningKey), SigningKey, LedgerDigest.ReadPrivateKey);
        var target = result.Optional(OutputFile);
        if (target is not null)
        {
            RequireFolder(target);
        }

        // A ledger that does not verify is ConsentLedgerDamagedException: exit 1 with one line, no digest written.
        var digest = ledger.CreateDigest(key);
        if (target is null)
        {
            output.WriteLine(digest.ToJson());
        }
        else
        {
            File.WriteAllText(target, digest.ToJson() + Environment.NewLine);
            output.WriteLine($"digest of {digest.TreeSize} entries (root {digest.RootHash}) written to {target}");
        }

        return ExitCodes.Ok;
    }

    private static LedgerDigest ReadDigest(string path)
    {
        try
        {
            return LedgerDigest.Parse(ReadFile(path, DigestFile));
        }
        catch (FormatException e)
        {
            throw new ConsentUsageException($"{DigestFile.Name}: {e.Message}");
        }
    }

    private static System.Security.Cryptography.ECDsa ReadKey(string path, Option<string> option, Func<string, System.Security.Cryptography.ECDsa> read)
    {
        try
        {
            return read(ReadFile(path, option));
        }
        catch (FormatException e)
        {
            throw new ConsentUsageException($"{option.Name}: {e.Message}");
        }
    }

    private static string ReadFile(string path, Option<string> option) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new ConsentUsageException($"{option.Name}: '{path}' does not exist.");

    /// <summary>Opens an existing ledger; reading commands never create one.</summary>
    private static int WithLedger(ParseResult result, string database, TimeProvider clock, Func<ConsentLedger, SubjectPseudonymizer, TextWriter, int> run, bool readOnly = false)
    {
        var location = ConsentKey.Location(database);
        if (!location.MayExist)
        {
            throw new ConsentUsageException($"the consent ledger '{database}' does not exist.");
        }

        using var pseudonymizer = ConsentKey.Resolve(location, mayCreate: false);
        using var ledger = location.Open(pseudonymizer, create: false, clock, readOnly);
        return run(ledger, pseudonymizer, result.InvocationConfiguration.Output);
    }

    private static Command Define(string name, string description, Option[] options, Func<ParseResult, int> run)
    {
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            try
            {
                return run(result);
            }
            catch (ConsentLedgerDamagedException e)
            {
                // Broken evidence is a finding (exit 1), like a failed 'verify', not bad input: nothing was decided.
                return CliError.Write(result.InvocationConfiguration.Error, $"consent {name}", e.Message, ExitCodes.Finding);
            }
            catch (Exception e) when (e is ConsentUsageException or IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
            {
                return CliError.Write(result.InvocationConfiguration.Error, $"consent {name}", e.Message);
            }
        });
        return command;
    }

    private static void RequireFolder(string database)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(database));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new ConsentUsageException($"the folder of '{database}' does not exist.");
        }
    }

    private static DoNotCallList? ReadDoNotCallList(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new ConsentUsageException($"--do-not-call-list: '{path}' does not exist.");
        }

        try
        {
            return new DoNotCallList(File.ReadLines(path).Where(line => !string.IsNullOrWhiteSpace(line)));
        }
        catch (FormatException e)
        {
            throw new ConsentUsageException($"--do-not-call-list: {e.Message}");
        }
    }
}
