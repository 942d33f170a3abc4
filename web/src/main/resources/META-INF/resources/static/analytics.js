// Safety analytics dashboard: draws each chart from the numbers the page already shows in its table
// (data-chart on the canvas), with patterns as well as colours, and opens the matching incidents on a click.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return; // the tables carry every number and link without the charts
  }
  var colours = ['#2f6f9f', '#c58a00', '#b24a1f', '#7a1f5c'];

  function pattern(index, colour) {
    var size = 10;
    var canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    var c = canvas.getContext('2d');
    c.fillStyle = colour;
    c.fillRect(0, 0, size, size);
    c.strokeStyle = 'rgba(255,255,255,0.85)';
    c.fillStyle = 'rgba(255,255,255,0.85)';
    c.lineWidth = 2;
    if (index === 1) { // diagonal stripes
      c.beginPath(); c.moveTo(0, size); c.lineTo(size, 0); c.stroke();
    } else if (index === 2) { // dots
      c.beginPath(); c.arc(size / 2, size / 2, 2, 0, 2 * Math.PI); c.fill();
    } else if (index === 3) { // cross-hatch
      c.beginPath(); c.moveTo(0, 0); c.lineTo(size, size); c.moveTo(0, size); c.lineTo(size, 0); c.stroke();
    }
    return c.createPattern(canvas, 'repeat');
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = spec.datasets.map(function (d) {
      var colour = colours[d.pattern % colours.length];
      return {
        label: d.label,
        data: d.data,
        links: d.links || null,
        backgroundColor: pattern(d.pattern, colour),
        borderColor: colour,
        borderWidth: 1
      };
    });
    var chart = new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: spec.stacked },
          y: { stacked: spec.stacked, beginAtZero: true, ticks: { precision: 0 } }
        },
        onHover: function (event, elements) {
          var link = elements.length && datasets[elements[0].datasetIndex].links;
          event.native.target.style.cursor = link ? 'pointer' : 'default';
        },
        onClick: function (event, elements) {
          if (!elements.length) {
            return;
          }
          var links = datasets[elements[0].datasetIndex].links;
          if (links && links[elements[0].index]) {
            window.location.href = links[elements[0].index];
          }
        }
      }
    });
    canvas.chart = chart;
    canvas.setAttribute('data-drawn', 'true');
  });
}());
