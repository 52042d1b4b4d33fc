# kubetutor: --nodes 2
kubectl create deployment web --image=nginx --replicas=3
kubectl get pods -o wide
kubectl get pods -o wide
kubectl get deployments
kubectl get rs -o wide
kubectl describe deployment web
kubectl get pods -l app=web -o custom-columns=NAME:.metadata.name,IP:.status.podIP,NODE:.spec.nodeName
kubectl scale deployment web --replicas=5
kubectl get pods -o wide
