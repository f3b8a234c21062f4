package org.vigie.ingest.html;

/** A small news page written for the tests: navigation, an article, a share bar, related links, comments, footer. */
final class NewsPage {
    static final String HEADLINE = "Le conseil municipal vote le nouveau plan de circulation";
    static final String PARAGRAPH_1 = "Après trois heures de débat, le conseil municipal a adopté mardi soir, par 23 voix contre 12, "
            + "le nouveau plan de circulation du centre-ville, qui doit entrer en vigueur au printemps.";
    static final String PARAGRAPH_2 = "La maire a défendu un projet « indispensable pour la sécurité des piétons », tandis que "
            + "l'opposition a dénoncé une concertation insuffisante avec les commerçants, les riverains et les associations.";
    static final String PARAGRAPH_3 = "Les premiers travaux, d'un montant de 1,2 million d'euros, commenceront en mars, "
            + "rue de la République, et dureront environ six semaines, selon le calendrier présenté par l'adjoint aux transports.";
    static final String RELATED = "Les commerçants inquiets pour leurs livraisons";
    static final String COMMENT = "Enfin une bonne nouvelle pour les cyclistes, il était temps, vraiment, après tant d'années.";

    static final String HTML = """
            <!DOCTYPE html><html lang="fr"><head><title>%1$s - La Gazette</title></head><body>
            <header class="site-header"><div class="logo"><a href="/">La Gazette</a></div>
            <nav id="main-nav"><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li>
            <li><a href="/sport">Sport</a></li></ul></nav></header>
            <div class="cookie-banner"><p>Ce site utilise des cookies pour mesurer l'audience, améliorer votre expérience.</p>
            <button>Accepter les cookies</button></div>
            <main><article class="article">
            <h1>%1$s</h1>
            <div class="byline">Par Claire Dubois, le 30 novembre 2021</div>
            <div class="article-body">
            <p>%2$s</p>
            <figure><img src="p.jpg"><figcaption>Photo : la place du marché</figcaption></figure>
            <p>%3$s</p>
            <p>%4$s</p>
            </div>
            <div class="share-buttons"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur X</a></div>
            </article>
            <aside class="related"><h2>À lire aussi</h2><ul>
            <li><a href="/a">%5$s</a></li><li><a href="/b">Un nouveau parking souterrain à l'étude pour 2023</a></li></ul></aside>
            <section id="comments" class="comments"><h2>3 commentaires</h2>
            <div class="comment"><p>%6$s</p></div>
            <div class="comment"><p>Et les voitures, on en fait quoi, on les laisse dehors, comme d'habitude, sans solution ?</p></div>
            </section></main>
            <footer><p><a href="/mentions">Mentions légales</a> · <a href="/contact">Contact</a></p>
            <p>© 2021 La Gazette, tous droits réservés.</p></footer>
            </body></html>
            """.formatted(HEADLINE, PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3, RELATED, COMMENT);

    private NewsPage() {
    }
}
