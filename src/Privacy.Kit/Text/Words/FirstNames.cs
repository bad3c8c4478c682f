namespace Privacy.Kit.Text;

/// <summary>
/// Common Dutch, Flemish, French-Belgian and English first names, which start a name without a cue when a capitalised
/// surname follows ("Jeroen Bakker", "Marieke van der Linden", "Richard M. Nixon").
/// </summary>
/// <remarks>
/// Names that are also everyday capitalised words are left out, because a sentence can start with them: Will, May,
/// Mark, Bill, Rose, Grace, Hope, Joy, Floor, Job, Max, Per, Elke, An, Ad, Guy, April, Juli, Iris, Victor, Frank.
/// </remarks>
internal static class FirstNames
{
    /// <summary>The built-in first names.</summary>
    public static readonly string[] BuiltIn =
    [
        // Dutch and Flemish
        "Jan", "Piet", "Kees", "Klaas", "Henk", "Gerrit", "Willem", "Hendrik", "Johannes", "Cornelis", "Pieter", "Jacob",
        "Adriaan", "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Noah", "Liam", "Luuk", "Bram", "Thijs", "Jesse", "Ruben",
        "Lars", "Tim", "Tom", "Niels", "Stijn", "Sven", "Joost", "Jeroen", "Bas", "Rick", "Dennis", "Kevin", "Patrick",
        "Martijn", "Maarten", "Erik", "Sander", "Arjen", "Wouter", "Roel", "Koen", "Bart", "Dirk", "Hans", "Peter", "Paul",
        "Rob", "Robert", "Ronald", "Marco", "Marcel", "Michel", "Richard", "Vincent", "Wim", "Gert", "Gijs", "Hugo",
        "Jasper", "Jelle", "Jens", "Julian", "Mees", "Olivier", "Quinten", "Siem", "Teun", "Thomas", "Tijn", "Wessel",
        "Arie", "Harm", "Joris", "Remco", "Ruud", "Rutger", "Stefan", "Theo", "Ton", "Wilco",
        "Jan-Willem", "Pieter-Jan", "Wout", "Arne", "Jef", "Lieven", "Luc", "Marc", "Geert", "Dries", "Jonas", "Seppe",
        "Lander", "Kobe", "Robbe", "Warre", "Emma", "Julia", "Sophie", "Tess", "Anna", "Sara", "Sarah", "Lotte", "Fleur",
        "Eva", "Lisa", "Sanne", "Anouk", "Femke", "Lieke", "Noor", "Mila", "Nina", "Roos", "Saar", "Evi", "Isa", "Lynn",
        "Fenna", "Jasmijn", "Lara", "Maud", "Merel", "Esmee", "Ilse", "Inge", "Ingrid", "Marieke", "Mirjam", "Monique",
        "Nicole", "Petra", "Sandra", "Saskia", "Wendy", "Yvonne", "Annemarie", "Anja", "Astrid", "Bianca", "Carla",
        "Chantal", "Daphne", "Diana", "Els", "Ellen", "Esther", "Hanneke", "Ineke", "Janneke", "Jolanda", "Karin", "Kim",
        "Linda", "Manon", "Marloes", "Marjolein", "Martine", "Miranda", "Natasja", "Patricia", "Renate", "Ria", "Rianne",
        "Simone", "Suzanne", "Tamara", "Willemijn", "Lien", "Hanne", "Ine", "Joke", "Katrien", "Leen", "Nele", "Sofie",
        "Veerle", "Kaat", "Fien", "Lore", "Marthe", "Elien", "Margot", "Louise", "Marie", "Maria", "Johanna", "Elisabeth",
        "Cornelia", "Wilhelmina", "Geertje", "Annelies", "Mieke", "Truus", "Gerda", "Riet", "Corrie", "Tineke", "Wilma",
        // French-Belgian
        "Jean", "Pierre", "Philippe", "Nicolas", "Laurent", "Françoise", "Nathalie", "Isabelle", "Camille", "Chloé", "Léa",
        // Names common in Dutch and Belgian families of Moroccan and Turkish origin
        "Mohamed", "Mohammed", "Ahmed", "Ali", "Omar", "Ibrahim", "Mustafa", "Hasan", "Mehmet", "Youssef", "Fatima", "Aisha",
        "Yasmina", "Khadija", "Samira", "Nadia", "Zeynep", "Ayşe", "Emre", "Bilal", "Hamza", "Soufiane", "Anass",
        // English
        "James", "John", "Michael", "William", "David", "Joseph", "Charles", "Christopher", "Daniel", "Matthew", "Anthony",
        "Donald", "Steven", "Andrew", "Joshua", "Kenneth", "Brian", "George", "Edward", "Timothy", "Jason", "Jeffrey", "Ryan",
        "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel",
        "Gregory", "Raymond", "Alexander", "Jack", "Jerry", "Tyler", "Aaron", "Henry", "Adam", "Nathan", "Zachary", "Kyle",
        "Walter", "Harold", "Jeremy", "Ethan", "Carl", "Keith", "Roger", "Gerald", "Christian", "Terry", "Sean", "Arthur",
        "Lawrence", "Joe", "Bryan", "Billy", "Jordan", "Albert", "Dylan", "Bruce", "Gabriel", "Alan", "Logan", "Wayne",
        "Ralph", "Eugene", "Russell", "Louis", "Philip", "Bobby", "Johnny", "Bradley", "Oliver", "Harry", "Charlie", "Oscar",
        "Leo", "Mike", "Dan", "Ben", "Sam", "Steve", "Chris", "Matt", "Nick", "Tony", "Jim", "Jimmy", "Bob", "Ted", "Mary",
        "Jennifer", "Barbara", "Susan", "Jessica", "Karen", "Nancy", "Betty", "Margaret", "Ashley", "Kimberly", "Emily",
        "Donna", "Michelle", "Dorothy", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura",
        "Cynthia", "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Brenda", "Pamela", "Samantha", "Katherine", "Christine",
        "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Heather", "Diane", "Julie", "Joyce", "Victoria", "Olivia", "Kelly",
        "Christina", "Lauren", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Hannah", "Martha", "Jacqueline", "Gloria",
        "Ann", "Teresa", "Alice", "Abigail", "Judy", "Sophia", "Isabella", "Charlotte", "Amelia", "Mia", "Ava", "Lily",
        "Chloe", "Jane", "Kate", "Lucy", "Ellie", "Holly",
    ];
}
