package dev.lifeboat.io.export.diagram;

import dev.lifeboat.engine.Verdict;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.ExportSink;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Progress;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/**
 * The same picture as {@link SvgExporter}, as a PNG: the one {@link Diagram} painted with Java2D on an image
 * (twice the size, for sharp text, unless the design is very large). It needs no JavaFX and no display, so
 * the command line writes it headless ({@code java.awt.headless=true}) exactly as the designer does.
 */
public final class PngExporter implements Exporter {

    /** The most pixels a picture gets; a larger design is drawn smaller. */
    static final double MAX_PIXELS = 16_000_000;
    private static final double SCALE = 2;

    @Override
    public String id() {
        return "png";
    }

    @Override
    public String description() {
        return "the design as a picture (PNG), the same as the svg export";
    }

    @Override
    public Shape shape() {
        return Shape.FILE;
    }

    @Override
    public String extension() {
        return "png";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
        progress.update(0, "drawing the design");
        BufferedImage image = paint(new Diagram(request));
        progress.update(0.7, "writing the PNG");
        OutputStream out = sink.openStream(null);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java");
        }
        out.flush();
        progress.update(1, "done");
    }

    /** Paints a diagram on a new image. */
    static BufferedImage paint(Diagram d) {
        double scale = Math.min(SCALE, Math.sqrt(MAX_PIXELS / (d.width * d.height)));
        int w = Math.max(1, (int) Math.ceil(d.width * scale));
        int h = Math.max(1, (int) Math.ceil(d.height * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(color(Look.CANVAS));
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            new Painter(g).paint(d);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws the diagram's parts as the SVG writer does, with the same sizes and colours. */
    private static final class Painter {
        private final Graphics2D g;

        Painter(Graphics2D g) {
            this.g = g;
        }

        void paint(Diagram d) {
            text(Diagram.MARGIN, Diagram.MARGIN + 18, Look.TITLE_SIZE, true, Look.TEXT, d.title);
            text(Diagram.MARGIN, Diagram.MARGIN + 38, Look.SMALL_SIZE, false, Look.MUTED, d.subtitle);
            for (Diagram.LegendItem item : d.legend) {
                legend(item);
            }
            if (d.emptyNote != null) {
                text(Diagram.MARGIN, Diagram.MARGIN + Diagram.HEADER + 20, Look.METRIC_SIZE, false, Look.MUTED,
                        d.emptyNote);
            }
            for (Diagram.Container c : d.containers) {
                container(c);
            }
            for (Diagram.Arrow a : d.arrows) {
                arrow(a);
            }
            for (Diagram.Card c : d.cards) {
                card(c);
            }
        }

        private void legend(Diagram.LegendItem item) {
            double x = item.x();
            double y = item.y();
            switch (item.swatch()) {
                case MISSES, ASSUMED, MEETS -> {
                    Verdict v = Verdict.valueOf(item.swatch().name());
                    fill(new RoundRectangle2D.Double(x, y, 20, 12, 6, 6), Look.stripe(v), 1);
                    fill(new RoundRectangle2D.Double(x + 4, y, 16, 12, 6, 6), Look.CARD, 1);
                    stroke(new RoundRectangle2D.Double(x, y, 20, 12, 6, 6), Look.border(v), 1, null);
                }
                case HARD, SOFT -> stroke(new Line2D.Double(x, y + 6, x + 20, y + 6), Look.MUTED, 1.6,
                        item.swatch() == Diagram.Swatch.SOFT ? new float[] {5, 3} : null);
            }
            text(x + 26, y + 10, Look.SMALL_SIZE, false, Look.MUTED, item.text());
        }

        private void container(Diagram.Container c) {
            RoundRectangle2D r = new RoundRectangle2D.Double(c.x(), c.y(), c.width(), c.height(), 20, 20);
            fill(r, c.region() ? Look.REGION_FILL : Look.ZONE_FILL,
                    c.region() ? Look.REGION_FILL_OPACITY : Look.ZONE_FILL_OPACITY);
            stroke(r, c.region() ? Look.BORDER : Look.ZONE_BORDER, 1.5, c.region() ? new float[] {8, 5} : null);
            text(c.x() + 10, c.y() + 18, Look.PLACE_TITLE_SIZE, true, Look.MUTED, c.title());
        }

        private void arrow(Diagram.Arrow a) {
            Composite before = g.getComposite();
            if (a.dimmed()) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f));
            }
            String ink = a.cyclic() ? Look.MISSES : Look.MUTED;
            double[] p = a.shaft();
            Path2D shaft = new Path2D.Double();
            shaft.moveTo(p[0], p[1]);
            for (int i = 2; i + 1 < p.length; i += 2) {
                shaft.lineTo(p[i], p[i + 1]);
            }
            stroke(shaft, ink, a.cyclic() ? 2.5 : 1.6, a.hard() ? null : new float[] {7, 5});
            double[] h = a.head();
            Path2D head = new Path2D.Double();
            head.moveTo(h[0], h[1]);
            head.lineTo(h[2], h[3]);
            head.lineTo(h[4], h[5]);
            head.closePath();
            fill(head, ink, 1);
            g.setComposite(before);
        }

        private void card(Diagram.Card c) {
            AffineTransform at = g.getTransform();
            Composite before = g.getComposite();
            g.translate(c.x(), c.y());
            if (c.dimmed()) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Look.DIMMED_OPACITY));
            }
            String stripe = Look.stripe(c.verdict());
            if (stripe != null) {
                fill(new RoundRectangle2D.Double(0, 0, c.width(), c.height(), 16, 16), stripe, 1);
                fill(new RoundRectangle2D.Double(5, 0, c.width() - 5, c.height(), 16, 16), Look.CARD, 1);
            } else {
                fill(new RoundRectangle2D.Double(0, 0, c.width(), c.height(), 16, 16), Look.CARD, 1);
            }
            stroke(new RoundRectangle2D.Double(0, 0, c.width(), c.height(), 16, 16), Look.border(c.verdict()), 1.5,
                    null);
            fill(new RoundRectangle2D.Double(10, 10, 26, 26, 12, 12), Look.ACCENT, 1);
            centred(23, 27.5, Look.BADGE_SIZE, true, Look.WHITE, c.badge());
            double y = 8;
            for (String line : c.nameLines()) {
                text(Diagram.TEXT_X, y + 11, Look.NAME_SIZE, true, Look.TEXT, line);
                y += Diagram.LINE;
            }
            text(Diagram.TEXT_X, y + 11, Look.SMALL_SIZE, false, Look.MUTED, c.kind());
            text(Diagram.TEXT_X, y + 26, Look.SMALL_SIZE, false, Look.MUTED, c.placement());
            double base = c.height() - 13;
            text(10, base, Look.METRIC_SIZE, false, Look.ink(c.rpo().verdict()), c.rpo().text());
            text(c.rtoX(), base, Look.METRIC_SIZE, false, Look.ink(c.rto().verdict()), c.rto().text());
            String symbol = Look.symbol(c.verdict());
            if (!symbol.isEmpty()) {
                text(c.width() - 24, c.verdictY() + 12, Look.VERDICT_SIZE, false, Look.ink(c.verdict()), symbol);
            }
            if (c.wave() > 0) {
                java.awt.geom.Ellipse2D badge = new java.awt.geom.Ellipse2D.Double(c.width() - 17, -9, 22, 22);
                fill(badge, Look.NEUTRAL, 1);
                stroke(badge, Look.CANVAS, 2, null);
                centred(c.width() - 6, 6, Look.BADGE_SIZE, true, Look.WHITE, Integer.toString(c.wave()));
            }
            g.setComposite(before);
            g.setTransform(at);
        }

        private void fill(java.awt.Shape s, String colour, double opacity) {
            Color c = color(colour);
            g.setColor(opacity >= 1 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(),
                    (int) Math.round(opacity * 255)));
            g.fill(s);
        }

        private void stroke(java.awt.Shape s, String colour, double width, float[] dash) {
            g.setColor(color(colour));
            g.setStroke(dash == null ? new BasicStroke((float) width)
                    : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0));
            g.draw(s);
        }

        private void text(double x, double y, double size, boolean bold, String colour, String text) {
            g.setFont(font(size, bold));
            g.setColor(color(colour));
            g.drawString(text, (float) x, (float) y);
        }

        private void centred(double x, double y, double size, boolean bold, String colour, String text) {
            Font f = font(size, bold);
            double w = f.getStringBounds(text, g.getFontRenderContext()).getWidth();
            text(x - w / 2, y, size, bold, colour, text);
        }
    }

    private static Font font(double size, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    private static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
