namespace Privacy.Kit.Text;

/// <summary>What a cue word found in the text starts: which recognizer reads the words around it.</summary>
internal enum WordCueKind : byte
{
    /// <summary>"mijn naam is", "spoke with", "mevrouw": a person's name follows.</summary>
    PersonName,

    /// <summary>"adres", "woont op", "lives at": a street and house number follow.</summary>
    Address,

    /// <summary>"klantnummer", "contract number": a customer's own identifier follows.</summary>
    CustomerNumber,

    /// <summary>"paspoortnummer", "rijbewijs", "driving licence": an identity document's number follows.</summary>
    DocumentNumber,

    /// <summary>"gebruikersnaam", "username": a user name follows.</summary>
    UserName,

    /// <summary>"login", "inlog": a user name follows only after a colon, an equals sign or "is".</summary>
    LoginName,

    /// <summary>A digit spoken as a word ("zes", "seven"), as speech-to-text writes numbers.</summary>
    SpokenDigit,

    /// <summary>"at", "apenstaartje": the @ of an e-mail address spoken as words.</summary>
    SpokenAt,

    /// <summary>A term of a special category of personal data (GDPR Art. 9): health, religion, union membership, ...</summary>
    SpecialCategory,
}
